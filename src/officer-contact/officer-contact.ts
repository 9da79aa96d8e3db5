import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../base/base.styles.js';
import { CharterElement } from '../base/charter-element.js';
import { renderText } from '../base/render-text.js';
import type { Officer } from '../model/charter.js';
import { isEmail, toE164 } from '../model/contact.js';
import { digitsFor } from '../model/text.js';
import { officerContactStyles } from './officer-contact.styles.js';

/**
 * Either `officer="ID"` with a charter (`src`, inline JSON or the `charter` property), or the standalone attributes
 * `name`, `designation`, `office`, `phone` (comma separated) and `email` for a page without a charter.
 *
 * @tagname officer-contact
 * @summary The officer responsible for a service: name, designation, tap-to-call and e-mail links.
 *
 * @event charter-load - The charter loaded and validated; `detail.charter` is the model.
 * @event charter-error - The charter could not be had; `detail.error` says why.
 *
 * @csspart card - The box around the contact.
 * @csspart officer-name - The officer's name.
 * @csspart officer-designation - The officer's designation.
 * @csspart officer-phone - Each phone link (or text, for a number that is not plausible).
 * @csspart officer-email - Each e-mail link.
 * @csspart status - The loading or error message.
 *
 * @cssprop --charter-font-family - Font stack, Bangla first.
 * @cssprop --charter-color-text - Text colour.
 * @cssprop --charter-color-muted - Colour of the designation and office.
 * @cssprop --charter-color-primary - Link colour.
 * @cssprop --charter-color-accent - Focus ring and error colour.
 * @cssprop --charter-color-border - Border of the card.
 * @cssprop --charter-color-background - Background of the card.
 * @cssprop --charter-space - Padding of the card.
 * @cssprop --charter-radius - Corner radius of the card.
 */
export class OfficerContact extends CharterElement {
  static styles = [baseStyles, officerContactStyles];

  /** Id of the officer in the charter's `officers`. */
  @property() officer?: string;

  /**
   * The officer itself, for an element that already holds the charter (a table cell, a search result): takes
   * precedence over `officer` and the standalone attributes, and loads nothing.
   */
  @property({ attribute: false }) contact?: Officer;

  /** Standalone: the officer's name (used when there is no charter). */
  @property() name?: string;

  /** Standalone: the officer's designation. */
  @property() designation?: string;

  /** Standalone: the office. */
  @property() office?: string;

  /** Standalone: phone numbers as printed, comma separated. */
  @property() phone?: string;

  /** Standalone: e-mail address. */
  @property() email?: string;

  /** `card` (default) for a page or sidebar, `compact` for table cells and search results. */
  @property({ reflect: true }) variant: 'card' | 'compact' = 'card';

  render() {
    const officer = this.resolveOfficer();
    if (!officer) {
      const state = this.charterState;
      if (state.status === 'ready')
        return html`<div part="status" class="status error" role="alert">
          ${msg('এই চার্টারে এই আইডির কোনো কর্মকর্তা নেই:', { id: 'officer-unknown' })}
          <code dir="ltr">${this.officer ?? ''}</code>
        </div>`;
      return this.renderCharterState();
    }
    const locale = this.locale;
    const emails = officer.emails ?? [];
    return html`<div part="card" class="card" lang=${locale}>
      <p part="officer-name" class="name">${renderText(officer.honorific, locale)} ${renderText(officer.name, locale)}</p>
      ${officer.designation
        ? html`<p part="officer-designation" class="designation">${renderText(officer.designation, locale)}</p>`
        : nothing}
      ${officer.office && this.variant === 'card'
        ? html`<p class="office">${renderText(officer.office, locale)}</p>`
        : nothing}
      <ul>
        ${(officer.phones ?? []).map((phone) => {
          const e164 = phone.e164 ?? toE164(phone.text);
          const shown = digitsFor(phone.text, locale);
          const label = phone.label ? html`${renderText(phone.label, locale)}: ` : nothing;
          return html`<li>
            ${label}${e164 ? html`<a part="officer-phone" href="tel:${e164}">${shown}</a>` : html`<span part="officer-phone">${shown}</span>`}
          </li>`;
        })}
        ${emails.map(
          (email) =>
            html`<li>${isEmail(email) ? html`<a part="officer-email" href="mailto:${email}">${email}</a>` : email}</li>`,
        )}
      </ul>
    </div>`;
  }

  /** The `contact` property, the officer from the charter when `officer` is set, or the standalone attributes. */
  private resolveOfficer(): Officer | undefined {
    if (this.contact) return this.contact;
    const state = this.charterState;
    if (this.officer !== undefined) return state.status === 'ready' ? state.charter.officers.get(this.officer) : undefined;
    if (state.status !== 'none' || (!this.name && !this.designation)) return undefined;
    return {
      id: 'standalone',
      name: this.name,
      designation: this.designation,
      office: this.office,
      phones: (this.phone ?? '')
        .split(',')
        .map((text) => text.trim())
        .filter(Boolean)
        .map((text) => ({ text })),
      emails: this.email ? [this.email.trim()] : [],
    };
  }
}
