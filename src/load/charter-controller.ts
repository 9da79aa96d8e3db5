import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Charter, type CharterError, type CharterResult, charterFromJson, charterFromText } from '../model/charter.js';
import { charterFromPageScript, forgetCharter, loadCharter } from './load-charter.js';

/** An element that takes a charter the three ways every element does. */
export interface CharterSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  charter?: unknown;
  /** Seconds to wait for `src`. */
  timeout: number;
}

/** Seconds an element waits for the charter at `src` unless its `timeout` says otherwise. */
export const DEFAULT_TIMEOUT = 30;

export type CharterState =
  | { status: 'none' }
  | { status: 'loading' }
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

  /** Called by the host before each update: reloads when the charter's source changed. */
  hostUpdate(): void {
    this.refresh();
  }

  /** Looks for the charter again; `parsed` once the page is parsed, when no charter means there is none. */
  private refresh(parsed = false): void {
    const inline = this.inlineJson();
    const src = this.host.src ?? '';
    const source = this.host.charter ?? inline ?? src;
    if (source === this.lastSource && !parsed) return;
    this.lastSource = source;
    const request = ++this.request;
    if (this.host.charter !== undefined) return this.settle(request, charterFromJson(this.host.charter, 'property'));
    if (inline !== undefined) return this.settle(request, charterFromText(inline, 'inline'));
    if (src && !src.startsWith('#')) {
      this.state = { status: 'loading' };
      this.host.requestUpdate();
      // Past the time limit the element says so and offers to try again; a charter that comes later still shows.
      // A timeout that is no number of seconds (timeout="abc") is the default.
      const seconds = this.host.timeout > 0 ? this.host.timeout : DEFAULT_TIMEOUT;
      const timer = setTimeout(
        () => this.settle(request, { ok: false, error: { kind: 'timeout', source: src, seconds } }),
        seconds * 1000,
      );
      void loadCharter(src).then((result) => {
        clearTimeout(timer);
        this.settle(request, result);
      });
      return;
    }
    const script = src ? this.pageScript(src.slice(1)) : undefined;
    if (script) return this.settle(request, charterFromPageScript(script, src));
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

  private inlineJson(): string | undefined {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  private settle(request: number, result: CharterResult): void {
    if (request !== this.request) return; // a newer source has replaced this one
    this.state = result.ok ? { status: 'ready', charter: result.charter } : { status: 'error', error: result.error };
    const event = result.ok
      ? new CustomEvent('charter-load', { detail: { charter: result.charter }, bubbles: true, composed: true })
      : new CustomEvent('charter-error', { detail: { error: result.error }, bubbles: true, composed: true });
    this.host.requestUpdate();
    this.host.dispatchEvent(event);
  }
}
