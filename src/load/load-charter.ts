import { type CharterResult, charterFromText } from '../model/charter.js';

/** One fetch per URL per page: every element with the same `src` gets the same promise, so the same model. */
const byUrl = new Map<string, Promise<CharterResult>>();

/** Fetches, parses and validates a charter. Never rejects: every failure is a result with a CharterError. */
export function loadCharter(src: string): Promise<CharterResult> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve({ ok: false, error: { kind: 'bad-src', source: src } });
  }
  let pending = byUrl.get(url);
  if (!pending) {
    pending = fetchCharter(url);
    byUrl.set(url, pending);
  }
  return pending;
}

/** Drops what is known of a URL, so that the next element asking for it fetches it again (the retry button). */
export function forgetCharter(src: string): void {
  byUrl.delete(new URL(src, document.baseURI).href);
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
    if (location.protocol === 'file:' || url.startsWith('file:')) return { ok: false, error: { kind: 'file', source: url } };
    return { ok: false, error: { kind: 'network', source: url, message: (e as Error).message } };
  }
  // Reading, validating and rendering a large charter are a task each, not one that holds the page for long.
  await nextTask();
  const result = charterFromText(text, url);
  await nextTask();
  return result;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

const byScript = new WeakMap<Element, { text: string; result: CharterResult }>();

/**
 * The charter in a `<script type="application/json" id>` of the page (`src="#ID"`): parsed once for every element
 * that names it, so they share one model and one search index.
 */
export function charterFromPageScript(script: Element, source: string): CharterResult {
  const text = script.textContent ?? '';
  let parsed = byScript.get(script);
  if (parsed?.text !== text) {
    parsed = { text, result: charterFromText(text, source) };
    byScript.set(script, parsed);
  }
  return parsed.result;
}
