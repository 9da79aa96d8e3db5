import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../base/base.styles.js';
import { CharterElement } from '../base/charter-element.js';
import { renderText } from '../base/render-text.js';
import { digitsFor } from '../model/text.js';
import { type SearchHit, serviceIndexOf } from '../search/service-index.js';
import { serviceSearchStyles } from './service-search.styles.js';

let instances = 0;

/**
 * Follows the WAI-ARIA combobox pattern: arrow keys move through the results, Enter chooses, Escape clears.
 *
 * @tagname service-search
 * @summary A search box that finds a charter's services as you type, in Bangla or English.
 *
 * @event service-select - A result was chosen; `detail.serviceId` is the service's id.
 * @event charter-load - The charter loaded and validated; `detail.charter` is the model.
 * @event charter-error - The charter could not be had; `detail.error` says why.
 *
 * @csspart input - The search box.
 * @csspart results - The list of results.
 * @csspart result - Each result.
 * @csspart status - The loading or error message.
 *
 * @cssprop --charter-font-family - Font stack, Bangla first.
 * @cssprop --charter-color-text - Text colour.
 * @cssprop --charter-color-background - Background of the box.
 * @cssprop --charter-color-surface - Background of the active result.
 * @cssprop --charter-color-muted - Colour of each result's group.
 * @cssprop --charter-color-primary - Outline of the active result.
 * @cssprop --charter-color-accent - Focus ring and error colour.
 * @cssprop --charter-color-border - Borders of the box and the list.
 * @cssprop --charter-radius - Corner radius.
 */
export class ServiceSearch extends CharterElement {
  static styles = [baseStyles, serviceSearchStyles];

  /** Placeholder of the search box; a localized hint when not set. */
  @property() placeholder?: string;

  /** How many results to show at most. */
  @property({ type: Number }) limit = 10;

  @state() private query = '';
  @state() private active = -1;

  private readonly idPrefix = `service-search-${++instances}`;

  render() {
    const state = this.charterState;
    if (state.status !== 'ready') return this.renderCharterState();
    const locale = this.locale;
    const hits = this.query.trim() ? serviceIndexOf(state.charter).search(this.query) : [];
    const shown = hits.slice(0, this.limit);
    const listId = `${this.idPrefix}-results`;
    const expanded = shown.length > 0;
    return html`<div lang=${locale}>
      <label for="input">${msg('সেবা খুঁজুন', { id: 'search-label' })}</label>
      <input
        id="input"
        part="input"
        type="search"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls=${listId}
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${this.active >= 0 && expanded ? `${listId}-${this.active}` : nothing}
        placeholder=${this.placeholder ?? msg('যেমন: প্রশিক্ষণ, cyber security', { id: 'search-placeholder' })}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${(e: KeyboardEvent) => this.onKeydown(e, shown)}
      />
      <ul id=${listId} part="results" role="listbox" ?hidden=${!expanded} aria-label=${msg('ফলাফল', { id: 'search-results' })}>
        ${shown.map(
          (hit, i) => html`<li
            id="${listId}-${i}"
            part="result"
            role="option"
            aria-selected=${i === this.active ? 'true' : 'false'}
            @click=${() => this.choose(hit)}
          >
            <span class="name">${renderText(hit.entry.service.name, locale)}</span>
            <span class="group">
              ${renderText(hit.entry.group.heading, locale)} ${digitsFor(hit.entry.service.serial, locale)}
            </span>
          </li>`,
        )}
      </ul>
      ${this.query.trim() && !hits.length
        ? html`<p class="empty">${msg('কোনো সেবা পাওয়া যায়নি।', { id: 'search-none' })}</p>`
        : nothing}
      <p class="visually-hidden" role="status">
        ${this.query.trim()
          ? msg(str`${digitsFor(String(hits.length), locale)}টি সেবা পাওয়া গেছে`, { id: 'search-count' })
          : ''}
      </p>
    </div>`;
  }

  private onInput(e: InputEvent): void {
    this.query = (e.target as HTMLInputElement).value;
    this.active = -1;
  }

  private onKeydown(e: KeyboardEvent, shown: SearchHit[]): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!shown.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active =
        this.active < 0 ? (step > 0 ? 0 : shown.length - 1) : (this.active + step + shown.length) % shown.length;
    } else if (e.key === 'Enter' && this.active >= 0 && shown[this.active]) {
      e.preventDefault();
      this.choose(shown[this.active]);
    } else if (e.key === 'Escape') {
      this.query = '';
      this.active = -1;
    }
  }

  private choose(hit: SearchHit): void {
    this.dispatchEvent(
      new CustomEvent('service-select', {
        detail: { serviceId: hit.entry.service.id },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
