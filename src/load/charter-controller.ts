import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Charter, type CharterError, type CharterResult, charterFromJson, charterFromText } from '../model/charter.js';
import { loadCharter } from './load-charter.js';

/** An element that takes a charter the three ways every element does. */
export interface CharterSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  charter?: unknown;
}

export type CharterState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; charter: Charter }
  | { status: 'error'; error: CharterError };

/**
 * Gets the host its charter, from (in this order) the `charter` property, a child
 * `<script type="application/json">`, or the `src` URL, and fires `charter-load` or `charter-error` on the host.
 * `status: 'none'` means the host was given no charter at all; the element decides whether that is an error.
 */
export class CharterController implements ReactiveController {
  state: CharterState = { status: 'none' };
  private request = 0;
  // Nothing the first refresh can equal, so that it always decides.
  private lastSource: unknown = {};
  // The HTML parser may add the inline <script> after the element is connected (a classic script in <head>), and
  // a CMS may add it later still.
  private readonly childWatcher = new MutationObserver(() => this.refresh());

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
    const source = this.host.charter ?? inline ?? this.host.src;
    if (source === this.lastSource && !parsed) return;
    this.lastSource = source;
    const request = ++this.request;
    if (source === undefined || source === '') {
      // While the HTML parser is still adding the page (a script in <head>, the inline JSON yet to come), no charter
      // is no charter yet: say so only once the page is parsed, not as a false alert.
      const parsing = document.readyState === 'loading';
      if (parsing) document.addEventListener('DOMContentLoaded', () => this.refresh(true), { once: true });
      this.state = { status: parsing ? 'loading' : 'none' };
      this.host.requestUpdate();
    } else if (this.host.charter !== undefined) this.settle(request, charterFromJson(this.host.charter, 'property'));
    else if (inline !== undefined) this.settle(request, charterFromText(inline, 'inline'));
    else {
      this.state = { status: 'loading' };
      this.host.requestUpdate();
      void loadCharter(this.host.src!).then((result) => this.settle(request, result));
    }
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
