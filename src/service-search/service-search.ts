import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ANNOUNCE_AFTER_MS, Announcer } from '../base/announcer.js';
import { baseStyles } from '../base/base.styles.js';
import { CharterElement } from '../base/charter-element.js';
import { langIfOther, renderText } from '../base/render-text.js';
import type { Text } from '../generated/charter-data.js';
import type { Charter } from '../model/charter.js';
import { digitsFor, type Locale, textIn } from '../model/text.js';
import { isSingular } from '../i18n/locale.js';
import type { SearchHit } from '../search/service-index.js';
import { serviceSearchStyles } from './service-search.styles.js';

let instances = 0;

/** The part of <charter-services> a search box drives: its `query`. */
interface FilterableTable extends HTMLElement {
  query?: string;
}

/**
 * Follows the WAI-ARIA combobox pattern: arrow keys move through the results, Enter chooses, Escape clears. Choosing
 * a result closes the list and takes the reader to the service: the URL hash becomes its id, and a
 * `<charter-services>` on the page showing it scrolls to it, marks it and focuses it (a page that calls
 * `preventDefault()` on `charter-service-select` navigates itself). With `for="ID"` it also filters the
 * `<charter-services id="ID">` as you type. `?q=` in the page's URL fills the box.
 *
 * It finds a service by its words in any spelling, with a typo or half typed, by its serial, its officers, the words
 * an office adds as `keywords`, Bangla typed in Latin letters, and what people call it or its English name through the
 * search glossary (`charter-widgets.glossary.json`, loaded from beside the script on the first search). Until a large
 * charter's index is complete it says the search is being prepared; `updateComplete` waits for it.
 *
 * @tagname service-search
 * @summary A search box that finds a charter's services as you type, in Bangla or English, however they are spelt.
 *
 * @event {CustomEvent<ServiceSelectDetail>} charter-service-select - A result was chosen; `detail.serviceId` is the
 * service's id. Cancelable: prevent it to navigate yourself.
 * @event {CustomEvent<ServiceSelectDetail>} service-select - Deprecated: the old name of `charter-service-select`,
 * fired after it until version 0.2.
 * @event {CustomEvent<CharterLoadDetail>} charter-load - The charter loaded and validated; `detail.charter` is the model.
 * @event {CustomEvent<CharterErrorDetail>} charter-error - The charter could not be had; `detail.error` says why.
 *
 * @csspart label - The label above the box.
 * @csspart input - The search box.
 * @csspart results - The list of results.
 * @csspart result - Each result.
 * @csspart match - Each highlighted match in a result's name.
 * @csspart status - The loading or error message.
 * @csspart retry-button - The button that fetches a charter again after a network failure or a timeout.
 *
 * @cssprop --charter-font-size - Base font size, 16px by default whatever the page's root size.
 * @cssprop --charter-font-family - Font stack, Bangla first.
 * @cssprop --charter-color-text - Text colour.
 * @cssprop --charter-color-background - Background of the box.
 * @cssprop --charter-color-surface - Background of the active result.
 * @cssprop --charter-color-muted - Colour of each result's details.
 * @cssprop --charter-color-primary - Outline of the active result.
 * @cssprop --charter-color-accent - Error colour.
 * @cssprop --charter-color-focus - Focus ring.
 * @cssprop --charter-color-border - Borders of the box and the list.
 * @cssprop --charter-color-mark - Background of the highlighted matches.
 * @cssprop --charter-radius - Corner radius.
 */
export class ServiceSearch extends CharterElement {
  static styles = [baseStyles, serviceSearchStyles];

  /** Placeholder of the search box; a localized hint when not set. */
  @property() placeholder?: string;

  /** How many results to show at most. */
  @property({ type: Number }) limit = 8;

  /** Id of a `<charter-services>` on the page that the search filters and takes the reader to. */
  @property() for?: string;

  /** What is typed in the box. */
  @property() query = new URLSearchParams(location.search).get('q') ?? '';

  @state() private active = -1;
  /** The list is closed once a result is chosen, until the reader types or presses an arrow key. */
  @state() private closed = false;
  private readonly announcer = new Announcer(this);
  private readonly idPrefix = `service-search-${++instances}`;

  /**
   * The search code and the charter's index come when the reader comes to the box (or a query is given): loading the
   * page does not pay for them.
   */
  @state() private wanted = false;

  protected override get showsSearch(): boolean {
    return this.wanted || !!this.query.trim();
  }

  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('query') || changed.has('for')) {
      const table = this.linkedTable();
      if (table) table.query = this.query;
    }
  }

  render() {
    const state = this.charterState;
    // While the charter loads, the box is there to type in (and keeps its height): the results come with the charter.
    const charter = state.status === 'ready' ? state.charter : undefined;
    if (!charter && state.status !== 'loading') return this.renderCharterState();
    const locale = this.locale;
    // Built from the moment the reader comes to the box, so that it is ready by the time they have typed.
    const index = charter && this.showsSearch ? this.completeIndex(charter) : undefined;
    const preparing = !index && !!this.query.trim();
    const hits = this.query.trim() && index ? index.search(this.query) : [];
    // A `limit` that is no number (limit="abc") or below one shows the default eight.
    const shown = hits.slice(0, this.limit >= 1 ? this.limit : 8);
    const listId = `${this.idPrefix}-results`;
    const expanded = shown.length > 0 && !this.closed;
    return html`<div lang=${locale}>
      <label part="label" for="input">${msg('সেবা খুঁজুন', { id: 'search-label' })}</label>
      <input
        id="input"
        part="input"
        type="search"
        role="combobox"
        autocomplete="off"
        enterkeyhint="search"
        aria-autocomplete="list"
        aria-controls=${listId}
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${this.active >= 0 && expanded ? `${listId}-${this.active}` : nothing}
        placeholder=${this.placeholder ?? msg('যেমন: প্রশিক্ষণ, cyber security', { id: 'search-placeholder' })}
        .value=${this.query}
        @focus=${() => (this.wanted = true)}
        @input=${(e: InputEvent) => this.type((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => this.onKeydown(e, shown)}
      />
      <ul id=${listId} part="results" role="listbox" ?hidden=${!expanded} aria-label=${msg('ফলাফল', { id: 'search-results' })}>
        ${shown.map((hit, i) => this.renderHit(hit, i, listId, charter!, locale))}
      </ul>
      ${preparing ? html`<p class="empty">${msg('খোঁজার প্রস্তুতি চলছে…', { id: 'search-preparing' })}</p>` : nothing}
      ${
        this.query.trim() && index && !hits.length
          ? html`<p class="empty">${msg('কোনো সেবা পাওয়া যায়নি। অন্য বানানে বা অন্য শব্দে খুঁজে দেখুন।', { id: 'search-none' })}</p>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.announcer.text}</p>
    </div>`;
  }

  /**
   * A result: the name with its matches marked, then group, fee, time limit and officer as text. The officer's
   * tap-to-call links are in the table and in <officer-contact>: a listbox option may not hold links of its own.
   */
  private renderHit(hit: SearchHit, i: number, listId: string, charter: Charter, locale: Locale): TemplateResult {
    const { service, group } = hit.entry;
    const officers = (service.officers?.officers ?? []).map((id) => charter.officers.get(id)).filter((o) => !!o);
    const details = [
      group.heading && html`${renderText(group.heading, locale)} ${digitsFor(service.serial, locale)}`,
      service.fee && html`${msg('মূল্য', { id: 'search-fee' })}: ${renderText(service.fee.text, locale)}`,
      service.timeLimit && html`${msg('সময়', { id: 'search-time' })}: ${renderText(service.timeLimit.text, locale)}`,
      ...officers.map(
        (officer) =>
          html`${renderText(officer!.name ?? officer!.designation, locale)}${
            officer!.phones?.[0] ? html`, ${digitsFor(officer!.phones[0].text, locale)}` : nothing
          }`,
      ),
    ].filter((detail) => !!detail);
    return html`<li
      id="${listId}-${i}"
      part="result"
      role="option"
      aria-selected=${i === this.active ? 'true' : 'false'}
      @click=${() => this.choose(hit)}
    >
      <span class="name">${renderHighlighted(service.name, hit, locale)}</span>
      ${details.map((detail) => html`<span class="detail">${detail}</span>`)}
    </li>`;
  }

  private type(query: string): void {
    this.query = query;
    this.active = -1;
    this.closed = false;
    // A linked table announces its own count.
    if (!this.linkedTable())
      this.announcer.say(
        this.inOwnLocale(() => this.resultCount(query)),
        ANNOUNCE_AFTER_MS,
      );
  }

  private resultCount(query: string): string {
    const state = this.charterState;
    if (!query.trim()) return '';
    const index = state.status === 'ready' ? this.completeIndex(state.charter) : undefined;
    if (!index) return msg('খোঁজার প্রস্তুতি চলছে…', { id: 'search-preparing' });
    const count = index.search(query).length;
    const shown = digitsFor(String(count), this.locale);
    if (!count) return msg('কোনো সেবা পাওয়া যায়নি। অন্য বানানে বা অন্য শব্দে খুঁজে দেখুন।', { id: 'search-none' });
    return isSingular(count, this.locale)
      ? msg(str`${shown}টি সেবা পাওয়া গেছে`, { id: 'search-count-one' })
      : msg(str`${shown}টি সেবা পাওয়া গেছে`, { id: 'search-count' });
  }

  private onKeydown(e: KeyboardEvent, shown: SearchHit[]): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!shown.length) return;
      e.preventDefault();
      if (this.closed) return void (this.closed = false);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active =
        this.active < 0 ? (step > 0 ? 0 : shown.length - 1) : (this.active + step + shown.length) % shown.length;
    } else if (e.key === 'Enter' && shown.length && !this.closed) {
      e.preventDefault();
      this.choose(shown[Math.max(this.active, 0)]);
    } else if (e.key === 'Escape') {
      this.type('');
    }
  }

  /** Tells the page, then takes the reader to the service through the URL hash unless the page prevented it. */
  private choose(hit: SearchHit): void {
    const serviceId = hit.entry.service.id;
    this.closed = true;
    this.active = -1;
    const chosen = this.emit('charter-service-select', { serviceId }, { cancelable: true });
    // The old name, until 0.2 (CHANGELOG): a page that prevents either navigates itself.
    if (!this.emit('service-select', { serviceId }, { cancelable: true }) || !chosen) return;
    // The same service again: the hash does not change, so say it has, for the table to scroll there again.
    if (location.hash === `#${serviceId}`) dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = serviceId;
  }

  private linkedTable(): FilterableTable | undefined {
    if (!this.for) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    return (root.getElementById(this.for) as FilterableTable | null) ?? undefined;
  }
}

/** A charter text with the words a search matched in <mark>, as text (never as HTML). */
function renderHighlighted(text: Text, hit: SearchHit, locale: Locale) {
  const shown = textIn(text, locale);
  if (!shown) return nothing;
  const pieces: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of hit.spansIn(shown.value)) {
    pieces.push(shown.value.slice(at, start), html`<mark part="match">${shown.value.slice(start, end)}</mark>`);
    at = end;
  }
  pieces.push(shown.value.slice(at));
  return html`<span lang=${langIfOther(shown, locale)}>${pieces}</span>`;
}
