import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { getLocale, inRenderingLocale, localeLoaded, messagesLoading, withMessages } from '../i18n/locale.js';
import { localeOfLang } from '../i18n/locales.js';
import { CharterController, type CharterState, DEFAULT_TIMEOUT } from '../load/charter-controller.js';
import type { Charter } from '../model/charter.js';
import type { CharterEventMap } from './events.js';
import type { Locale } from '../model/text.js';
import type { ServiceIndex } from '../search/service-index.js';
import { type OnDemand, onDemand } from './on-demand.js';

/** The search code (MiniSearch, the analyzer, the glossary): a page that only shows the table never downloads it. */
const searchCode = onDemand('search code', () => import('../search/service-index.js'));

/**
 * The messages of a charter that could not be had, which most pages never need, with their words in the locales the
 * page has asked for (kept apart from the others: scripts/split-messages.mjs).
 */
const errorMessages = onDemand('error messages', () => withMessages('errors', import('./charter-messages.js')));

/** Settles after the next frame has painted. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * What the three elements share: the charter's three ways in (`src`, inline JSON, the `charter` property), the
 * loading and error states, and the UI locale.
 *
 * @attr lang - The element's own language, for its UI and the charter's texts (`en` on a Bangla page, or `bn` on an
 * English one); without it, the page's (`<html lang>`, `setLocale()`).
 */
@localized()
export class CharterElement extends LitElement {
  /**
   * URL of the charter JSON (elements with the same `src` on one page share one fetch), or `#ID` naming a
   * `<script type="application/json" id="ID">` on the page.
   */
  @property({ reflect: true }) src?: string;

  /** The charter JSON as an object; takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) charter?: unknown;

  /** Seconds to wait for the charter at `src` before saying it did not come, with a button to try again. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  protected readonly source = new CharterController(this);

  /** The element's locale: of its own `lang`, else the page's. */
  protected get locale(): Locale {
    return this.lang ? localeOfLang(this.lang) : getLocale();
  }

  // `lang` stays the DOM's own attribute and property (Lit would shadow the property): the element only watches it.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Runs `work` with msg() in the element's locale: for a message made outside an update (after a click). */
  protected inOwnLocale<T>(work: () => T): T {
    return inRenderingLocale(this.locale, work);
  }

  protected get charterState(): CharterState {
    return this.source.state;
  }

  /**
   * The charter's search index once it is complete. Until then undefined, and the element updates when it is: a
   * large charter's index is built in slices after the charter loads.
   */
  protected completeIndex(charter: Charter): ServiceIndex | undefined {
    const code = this.loaded(searchCode);
    if (!code) return undefined;
    const index = code.serviceIndexOf(charter);
    if (index.complete) return index;
    void index.ready.then(() => this.requestUpdate());
    return undefined;
  }

  /** Code loaded on demand, if it is in; else undefined, and the element updates when it comes. */
  private loaded<T>(code: OnDemand<T>): T | undefined {
    if (!code.current)
      code.load().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    return code.current;
  }

  /** True when what the element shows depends on the charter's search index. */
  protected get showsSearch(): boolean {
    return false;
  }

  /**
   * Static first: the element holds HTML of its own (the charter as `charter-widgets render` writes it, for readers
   * and crawlers without JavaScript), which shows until the element has its charter to render.
   */
  get hasStaticContent(): boolean {
    return [...this.children].some((child) => child.localName !== 'script');
  }

  /**
   * Fires one of the elements' events (src/base/events.ts), bubbling and composed so a page hears it on `document`.
   * False when the page prevented a cancelable one.
   */
  emit<Name extends keyof CharterEventMap>(
    name: Name,
    detail: CharterEventMap[Name]['detail'],
    { cancelable = false } = {},
  ): boolean {
    // Built apart from dispatchEvent: the manifest's analyzer would list an event called "name" (the events are
    // listed by each element's @event tags).
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
    return this.dispatchEvent(event);
  }

  private staticSlot?: HTMLSlotElement;

  /** Until the first render (an English page waits for its messages), the HTML inside the element shows. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (this.hasStaticContent) root.appendChild((this.staticSlot = document.createElement('slot')));
    return root;
  }

  /** A charter given since the last update is found before the element works out what it shows. */
  protected override willUpdate(changed: PropertyValues): void {
    this.source.sync();
    super.willUpdate(changed);
  }

  protected override update(changed: PropertyValues): void {
    this.staticSlot?.remove();
    this.staticSlot = undefined;
    super.update(changed);
  }

  /** An update, announcements made in it included, speaks the element's locale. */
  protected override performUpdate(): void {
    this.inOwnLocale(() => super.performUpdate());
  }

  /**
   * Renders once its locale's messages are loaded: the page's, or those of its own `lang` (an English page or element
   * waits for the English messages).
   */
  protected override async scheduleUpdate(): Promise<void> {
    // The page's locale being switched, then the element's messages and those of the parts of the script the page has
    // (the search box's, the officer card's, the error messages: src/i18n/locale.ts).
    const switching = this.lang ? undefined : localeLoaded();
    if (switching) await switching.catch(() => undefined);
    const loading = messagesLoading(this.locale);
    if (loading) await loading.catch(() => undefined);
    // Static first: the page's own HTML paints before the element's first render, which would otherwise come in the
    // same task as the parsing of the page and hold back its first paint.
    if (!this.hasUpdated && this.hasStaticContent) await afterPaint();
    super.scheduleUpdate();
  }

  /**
   * Also waits for a charter on the page being read, and for the search index when the element shows search results,
   * so that they are on screen when it settles.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.source.reading;
    // Also the updates that an update asks for at once (charter-services reads its layout, then renders services).
    let updated = await super.getUpdateComplete();
    while (!updated) updated = await super.getUpdateComplete();
    const state = this.source.state;
    if (state.status === 'error' && !errorMessages.current) await errorMessages.load().catch(() => undefined);
    else if (state.status === 'ready' && this.showsSearch)
      await (await searchCode.load()).serviceIndexOf(state.charter).ready;
    else return updated;
    return super.getUpdateComplete();
  }

  /**
   * The loading, error or missing-charter state; the element renders `ready` itself. The element's static HTML, if
   * it has some, shows while it loads, and after an error's message.
   */
  protected renderCharterState(): TemplateResult {
    const state = this.source.state;
    if (state.status === 'loading')
      return this.hasStaticContent
        ? html`<slot></slot>`
        : html`<div part="status" class="status loading" role="status" aria-busy="true">
            ${msg('চার্টার লোড হচ্ছে…', { id: 'loading' })}
          </div>`;
    const error = state.status === 'error' ? state.error : { kind: 'missing' as const };
    const messages = this.loaded(errorMessages);
    return html`<div part="status" class="status error" role="alert">
      ${
        messages
          ? messages.renderCharterError(error, this.locale)
          : html`<p>${msg('চার্টারটি দেখানো যাচ্ছে না।', { id: 'error-generic' })}</p>`
      }
      ${
        error.kind === 'network' || error.kind === 'timeout'
          ? html`<button type="button" part="button retry-button" @click=${() => this.source.retry()}>
            ${msg('আবার চেষ্টা করুন', { id: 'retry' })}
          </button>`
          : nothing
      }
    </div>
    ${this.hasStaticContent ? html`<slot></slot>` : nothing}`;
  }
}
