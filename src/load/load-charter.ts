import { type Charter, type CharterResult, charterSteps, type Preview } from '../model/charter.js';

/**
 * A charter on its way: its result and, before it, a large charter's first services (see charterSteps). Its text is
 * parsed in a task of its own (however long), the preview shown in another, the rest validated a step a task (a few
 * milliseconds each) and the result settled in a task of its own, before an element renders it; or, for an element
 * that has nothing to show until it has its charter, at once, finishing what is begun.
 */
export class CharterLoad {
  /** The first services, once the text is parsed and they are validated; it settles only if there are any. */
  readonly preview: Promise<Charter>;
  readonly result: Promise<CharterResult>;
  private steps?: Generator<Preview | void, CharterResult>;
  private done?: CharterResult;
  private showPreview!: (preview: Charter) => void;

  /** `load` gets the result (`read` reads the text it fetches). */
  constructor(load: (read: (text: string, source: string) => Promise<CharterResult>) => Promise<CharterResult>) {
    this.preview = new Promise((resolve) => (this.showPreview = resolve));
    this.result = load((text, source) => this.read(text, source));
  }

  /** The result at once: the steps not yet taken are taken now. */
  now(): CharterResult {
    while (!this.done) this.step();
    return this.done;
  }

  private async read(text: string, source: string): Promise<CharterResult> {
    this.steps = charterSteps(text, source);
    // Done by now() meanwhile, or by the last step: returned in a task of its own either way.
    for (await nextTask(); !this.done; await nextTask()) {
      const preview = this.step()?.();
      if (preview) {
        await nextTask();
        this.showPreview(preview);
      }
    }
    return this.done;
  }

  /** One step; what it yields. Once done, the steps are dropped, and with them the text (15 MB for 10,000 services). */
  private step(): Preview | void {
    const step = this.steps!.next();
    if (!step.done) return step.value;
    this.done = step.value;
    this.steps = undefined;
  }
}

/** One fetch per URL per page: every element with the same `src` gets the same load, so the same model. */
const byUrl = new Map<string, CharterLoad>();

/** Fetches, parses and validates a charter. Never rejects: every failure is a result with a CharterError. */
export function loadCharter(src: string): CharterLoad {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return new CharterLoad(async () => ({ ok: false, error: { kind: 'bad-src', source: src } }));
  }
  let load = byUrl.get(url);
  if (!load) byUrl.set(url, (load = new CharterLoad((read) => fetchCharter(url, read))));
  return load;
}

/** Drops what is known of a URL, so that the next element asking for it fetches it again (the retry button). */
export function forgetCharter(src: string): void {
  byUrl.delete(new URL(src, document.baseURI).href);
}

async function fetchCharter(
  url: string,
  read: (text: string, url: string) => Promise<CharterResult>,
): Promise<CharterResult> {
  let text: string;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok)
      return {
        ok: false,
        error: { kind: 'http', source: url, status: response.status, statusText: response.statusText },
      };
    // Decoded as it comes: response.text() and arrayBuffer() take a body of 15 MB in tasks of 0.2 s and more, and
    // more time in all.
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    text = '';
    for (let chunk; !(chunk = await reader.read()).done;) text += decoder.decode(chunk.value, { stream: true });
    text += decoder.decode();
  } catch (e) {
    // A failed request may succeed later (the phone was offline): let the next element try again.
    byUrl.delete(url);
    if (location.protocol === 'file:' || url.startsWith('file:'))
      return { ok: false, error: { kind: 'file', source: url } };
    return { ok: false, error: { kind: 'network', source: url, message: (e as Error).message } };
  }
  return read(text, url);
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

const byScript = new WeakMap<Element, { text: string; load: CharterLoad }>();

/**
 * The charter in a `<script type="application/json">` of the page: the element's child, or one that `src="#ID"`
 * names. Read once for every element that names it, so they share one model and one search index.
 */
export function charterFromScript(script: Element, source: string): CharterLoad {
  const text = script.textContent ?? '';
  let known = byScript.get(script);
  if (known?.text !== text)
    byScript.set(script, (known = { text, load: new CharterLoad((read) => read(text, source)) }));
  return known.load;
}
