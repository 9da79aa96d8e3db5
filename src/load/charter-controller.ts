import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CharterElement } from '../base/charter-element.js';
import { type Charter, type CharterError, type CharterResult, charterFromJson } from '../model/charter.js';
import { type CharterLoad, charterFromScript, forgetCharter, loadCharter } from './load-charter.js';

/** An element that takes a charter the three ways every element does. */
export interface CharterSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  charter?: unknown;
  /** Seconds to wait for `src`. */
  timeout: number;
  /** Whether the host holds HTML of its own, which shows until it has its charter. */
  readonly hasStaticContent: boolean;
  /** Fires `charter-load` or `charter-error` (CharterElement.emit). */
  emit: CharterElement['emit'];
}

/** Seconds an element waits for the charter at `src` unless its `timeout` says otherwise. */
export const DEFAULT_TIMEOUT = 30;

/** Characters of a charter on the page that are read at once, in a few milliseconds: about a hundred services. */
const READ_AT_ONCE_CHARACTERS = 100_000;

export type CharterState =
  | { status: 'none' }
  /** `preview`: a large charter's first services, validated, while the rest comes and is validated (see previewOf). */
  | { status: 'loading'; preview?: Charter }
  | { status: 'ready'; charter: Charter }
  | { status: 'error'; error: CharterError };

/**
 * Gets the host its charter, from (in this order) the `charter` property, a child
 * `<script type="application/json">`, or `src`: a URL, or `#ID` naming a `<script type="application/json" id="ID">`
 * anywhere on the page (a CMS holds the charter once for every element). Fires `charter-load` or `charter-error` on the host.
 * `status: 'none'` means the host was given no charter at all; the element decides whether that is an error.
 */
export class CharterController implements ReactiveController {
  state: CharterState = { status: 'none' };
  /** The latest read of a charter on the page in tasks of its own (see read): settles when the host has it. */
  reading?: Promise<void>;
  private request = 0;
  // Nothing the first refresh can equal, so that it always decides.
  private lastSource: unknown = {};
  // The HTML parser may add the inline <script> after the element is connected (a classic script in <head>), and
  // a CMS may add it later still.
  // Until the charter is ready, a change of the host's children may also be its static HTML arriving, which shows.
  private readonly childWatcher = new MutationObserver(() => {
    this.refresh();
    if (this.state.status !== 'ready') this.host.requestUpdate();
  });

  constructor(private readonly host: CharterSourceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.childWatcher.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.refresh();
  }

  hostDisconnected(): void {
    this.childWatcher.disconnect();
  }

  /**
   * Called by the host first thing in each update (CharterElement.willUpdate), before it works out what it shows:
   * reloads when the charter's source changed. Not Lit's hostUpdate, which comes after the host's willUpdate.
   */
  sync(): void {
    this.refresh();
  }

  /** Looks for the charter again; `parsed` once the page is parsed, when no charter means there is none. */
  private refresh(parsed = false): void {
    const inline = this.inlineScript();
    const src = this.host.src ?? '';
    const source = this.host.charter ?? inline?.textContent ?? src;
    if (source === this.lastSource && !parsed) return;
    this.lastSource = source;
    const request = ++this.request;
    if (this.host.charter !== undefined) return this.settle(request, charterFromJson(this.host.charter, 'property'));
    if (inline) return this.read(request, inline, 'inline');
    if (src && !src.startsWith('#')) {
      // Past the time limit the element says so and offers to try again; a charter that comes later still shows.
      // A timeout that is no number of seconds (timeout="abc") is the default.
      const seconds = this.host.timeout > 0 ? this.host.timeout : DEFAULT_TIMEOUT;
      const timer = setTimeout(
        () => this.settle(request, { ok: false, error: { kind: 'timeout', source: src, seconds } }),
        seconds * 1000,
      );
      void this.follow(request, loadCharter(src)).then(() => clearTimeout(timer));
      return;
    }
    const script = src ? this.pageScript(src.slice(1)) : undefined;
    if (script) return this.read(request, script, src);
    // While the HTML parser is still adding the page (a script in <head>, the JSON yet to come), no charter is no
    // charter yet: say so only once the page is parsed, not as a false alert.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.refresh(true), { once: true });
      this.state = { status: 'loading' };
      this.host.requestUpdate();
    } else if (src) this.settle(request, { ok: false, error: { kind: 'page-script', source: src } });
    else {
      this.state = { status: 'none' };
      this.host.requestUpdate();
    }
  }

  /** Fetches the charter at `src` again, for the retry button of a network failure or a timeout. */
  retry(): void {
    if (this.host.src) forgetCharter(this.host.src);
    this.lastSource = {};
    this.refresh();
  }

  /** The `<script type="application/json">` that `src="#ID"` names, in the element's shadow root or the document. */
  private pageScript(id: string): Element | undefined {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const element = root.getElementById?.(id) ?? document.getElementById(id);
    return element?.matches('script[type="application/json"]') ? element : undefined;
  }

  private inlineScript(): Element | null {
    return this.host.querySelector(':scope > script[type="application/json"]');
  }

  /**
   * A charter on the page: read in tasks of its own while the host shows its static HTML or a large charter's first
   * services (not in the task that upgrades the elements); a small one at once for a host that has nothing else to
   * show, which would otherwise show that it loads for a moment.
   */
  private read(request: number, script: Element, source: string): void {
    const load = charterFromScript(script, source);
    if (!this.host.hasStaticContent && (script.textContent ?? '').length <= READ_AT_ONCE_CHARACTERS)
      return this.settle(request, load.now());
    this.reading = this.follow(request, load);
  }

  /** Loading, then a large charter's first services (if they come first), then the charter or the error. */
  private follow(request: number, load: CharterLoad): Promise<void> {
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    void load.preview.then((preview) => {
      if (request !== this.request || this.state.status !== 'loading') return;
      this.state = { status: 'loading', preview };
      this.host.requestUpdate();
    });
    return load.result.then((result) => this.settle(request, result));
  }

  private settle(request: number, result: CharterResult): void {
    if (request !== this.request) return; // a newer source has replaced this one
    this.state = result.ok ? { status: 'ready', charter: result.charter } : { status: 'error', error: result.error };
    this.host.requestUpdate();
    if (result.ok) this.host.emit('charter-load', { charter: result.charter });
    else this.host.emit('charter-error', { error: result.error });
  }
}
