import { type Charter, type CharterResult, charterSteps } from '../model/charter.js';

/**
 * Characters of charter text from which a preview is worth it: below, the whole charter is read in a few tasks.
 * Where the text holds fewer services than a preview before this many characters, it has none.
 */
const PREVIEW_FROM_CHARACTERS = 100_000;
const PREVIEW_WITHIN_CHARACTERS = 2_000_000;
/**
 * Bytes of a response, as sent, from which its charter may be large enough for a preview: its code is fetched while
 * the text comes (a seed-sized charter is 4 KB compressed, 50 KB not).
 */
const PREVIEW_LIKELY_BYTES = 32_768;

/** The preview's code, or undefined if it cannot be loaded (then there is no preview). */
const previewCode = () => import('../model/preview.js').catch(() => undefined);

/**
 * A charter on its way: its result and, before it, a large fetched charter's first services, from the start of its
 * text as it arrives (see previewOf). The text is parsed in a task of its own (however long), the rest validated a step a
 * task (a few milliseconds each) and the result settled in a task of its own, before an element renders it; or, for
 * an element that has nothing to show until it has its charter, at once, finishing what is begun.
 */
export class CharterLoad {
  /** The first services, validated; it settles only for a large charter whose first services are valid. */
  readonly preview: Promise<Charter>;
  readonly result: Promise<CharterResult>;
  private steps?: Generator<void, CharterResult>;
  private done?: CharterResult;
  private showPreview!: (preview: Charter) => void;
  private previewing = true;

  /** `load` gets the result: `read` reads the whole text, `arriving` is given its start while more is to come. */
  constructor(
    load: (
      read: (text: string, source: string) => Promise<CharterResult>,
      arriving: (start: string) => void,
    ) => Promise<CharterResult>,
  ) {
    this.preview = new Promise((resolve) => (this.showPreview = resolve));
    this.result = load(
      (text, source) => this.read(text, source),
      (start) => void this.offerPreview(start),
    );
  }

  /** The result at once: the steps not yet taken are taken now. */
  now(): CharterResult {
    while (!this.done) this.step();
    return this.done;
  }

  /**
   * Shows the first services once the text fetched so far has them. Its code is loaded for a large charter only;
   * more of the text may come meanwhile, and no preview comes after the charter.
   */
  private async offerPreview(text: string): Promise<void> {
    if (!this.previewing || text.length < PREVIEW_FROM_CHARACTERS) return;
    const code = await previewCode();
    if (!this.previewing || this.done) return;
    const preview = code?.previewOf(text);
    if (preview) this.showPreview(preview);
    if (preview || !code || text.length > PREVIEW_WITHIN_CHARACTERS) this.previewing = false;
  }

  private async read(text: string, source: string): Promise<CharterResult> {
    this.steps = charterSteps(text, source);
    // Done by now() meanwhile, or by the last step: returned in a task of its own either way.
    for (await nextTask(); !this.done; await nextTask()) this.step();
    return this.done;
  }

  /** One step. Once done, the steps are dropped, and with them the text (15 MB for 10,000 services). */
  private step(): void {
    const step = this.steps!.next();
    if (!step.done) return;
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
  if (!load) byUrl.set(url, (load = new CharterLoad((read, arriving) => fetchCharter(url, read, arriving))));
  return load;
}

/** Drops what is known of a URL, so that the next element asking for it fetches it again (the retry button). */
export function forgetCharter(src: string): void {
  byUrl.delete(new URL(src, document.baseURI).href);
}

async function fetchCharter(
  url: string,
  read: (text: string, url: string) => Promise<CharterResult>,
  arriving: (start: string) => void,
): Promise<CharterResult> {
  let text: string;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok)
      return {
        ok: false,
        error: { kind: 'http', source: url, status: response.status, statusText: response.statusText },
      };
    if (Number(response.headers.get('content-length')) >= PREVIEW_LIKELY_BYTES) void previewCode();
    // Decoded as it comes: response.text() and arrayBuffer() take a body of 15 MB in tasks of 0.2 s and more, and
    // more time in all.
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    text = '';
    for (let chunk; !(chunk = await reader.read()).done;) {
      text += decoder.decode(chunk.value, { stream: true });
      arriving(text);
      // Parts that have come are read without the page getting a turn: give it one (a preview paints) between them.
      await nextTask();
    }
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
