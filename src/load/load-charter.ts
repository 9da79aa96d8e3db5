import { type CharterResult, charterFromText } from '../model/charter.js';

/** One fetch per URL per page: every element with the same `src` gets the same promise, so the same model. */
const byUrl = new Map<string, Promise<CharterResult>>();

/** Fetches, parses and validates a charter. Never rejects: every failure is a result with a CharterError. */
export function loadCharter(src: string): Promise<CharterResult> {
  const url = new URL(src, document.baseURI).href;
  let pending = byUrl.get(url);
  if (!pending) {
    pending = fetchCharter(url);
    byUrl.set(url, pending);
  }
  return pending;
}

async function fetchCharter(url: string): Promise<CharterResult> {
  let text: string;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok)
      return {
        ok: false,
        error: { kind: 'http', source: url, status: response.status, statusText: response.statusText },
      };
    text = await response.text();
  } catch (e) {
    // A failed request may succeed later (the phone was offline): let the next element try again.
    byUrl.delete(url);
    return { ok: false, error: { kind: 'network', source: url, message: (e as Error).message } };
  }
  return charterFromText(text, url);
}
