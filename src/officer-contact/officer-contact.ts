import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../base/base.styles.js';
import { CharterElement } from '../base/charter-element.js';
import { Announcer } from '../base/announcer.js';
import { onDemand } from '../base/on-demand.js';
import { copyText } from '../base/clipboard.js';
import { breakableAddress, langIfOther, renderText } from '../base/render-text.js';
import type { Phone } from '../generated/charter-data.js';
import type { Officer } from '../model/charter.js';
import { contactName, isEmail, officeIn, phoneE164 } from '../model/contact.js';
import { digitsFor, type Locale } from '../model/text.js';
import { officerContactStyles } from './officer-contact.styles.js';

/** The vCard writer, loaded when a reader first saves a contact. */
const vcardCode = onDemand('vCard writer', () => import('../model/vcard.js'));

/**
 * Either `officer="ID"` with a charter (`src`, inline JSON or the `charter` property), or the standalone attributes
 * `name`, `designation`, `office`, `phone` (comma separated) and `email` for a page without a charter.
 *
 * The card has a copy button beside each number and address, and a button that saves the officer as a vCard file
 * for the phone's contacts; the compact variant, for table cells and search results, has the links only.
 *
 * @tagname officer-contact
 * @summary The officer responsible for a service: name, designation, tap-to-call and e-mail links, copy and save.
 *
 * @event {CustomEvent<CharterLoadDetail>} charter-load - The charter loaded and validated; `detail.charter` is the model.
 * @event {CustomEvent<CharterErrorDetail>} charter-error - The charter could not be had; `detail.error` says why.
 *
 * @csspart card - The box around the contact.
 * @csspart officer-name - The officer's name.
 * @csspart officer-designation - The officer's designation.
 * @csspart officer-office - The officer's office (card only).
 * @csspart officer-phone - Each phone link (or text, for a number that is not plausible).
 * @csspart officer-email - Each e-mail link.
 * @csspart button - Every button (card only).
 * @csspart copy-button - Each copy button, beside a number or an address.
 * @csspart save-button - The button that saves the contact.
 * @csspart announcement - What the last copy did, announced politely.
 * @csspart status - The loading or error message.
 * @csspart retry-button - The button that fetches a charter again after a network failure or a timeout.
 *
 * @cssprop --charter-font-family - Font stack, Bangla first.
 * @cssprop --charter-font-size - Base font size, 16px by default whatever the page's root size.
 * @cssprop --charter-color-text - Text colour.
 * @cssprop --charter-color-muted - Colour of the designation, office and announcement.
 * @cssprop --charter-color-primary - Link colour, button border and text, background of the save button.
 * @cssprop --charter-color-on-primary - Text of the save button.
 * @cssprop --charter-color-accent - Error colour.
 * @cssprop --charter-color-focus - Focus ring.
 * @cssprop --charter-color-border - Border of the card.
 * @cssprop --charter-color-background - Background of the card and of the copy buttons.
 * @cssprop --charter-space - Padding of the card.
 * @cssprop --charter-radius - Corner radius of the card and the buttons.
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

  private readonly announcer = new Announcer(this);

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
    const isCard = this.variant !== 'compact';
    return html`<div part="card" class="card" lang=${locale}>
      ${
        officer.name
          ? html`<p part="officer-name" class="name">
            ${renderText(officer.honorific, locale)} ${renderText(officer.name, locale)}
          </p>`
          : nothing
      }
      ${
        officer.designation
          ? html`<p part="officer-designation" class="designation">${renderText(officer.designation, locale)}</p>`
          : nothing
      }
      ${isCard ? this.renderOffice(officer, locale) : nothing}
      <ul>
        ${(officer.phones ?? []).map((phone) => this.renderPhone(phone, locale, isCard))}
        ${(officer.emails ?? []).map((email) => this.renderEmail(email, isCard))}
      </ul>
      ${
        isCard
          ? html`<button
              type="button"
              part="button save-button"
              class="save"
              aria-label=${msg(str`পরিচিতি সংরক্ষণ করুন: ${contactName(officer, locale)}`, { id: 'save-contact-of' })}
              @click=${() => void this.saveContact(officer)}
            >
              ${msg('পরিচিতি সংরক্ষণ করুন', { id: 'save-contact' })}
            </button>
            <p part="announcement" class="announcement" role="status">${this.announcer.text}</p>`
          : nothing
      }
    </div>`;
  }

  /** The officer's own office, else the charter's (the officer works there), as the vCard's ORG. */
  private renderOffice(officer: Officer, locale: Locale) {
    if (officer.office) return html`<p part="officer-office" class="office">${renderText(officer.office, locale)}</p>`;
    const state = this.charterState;
    const office = state.status === 'ready' ? officeIn(state.charter.data.office, locale) : undefined;
    if (!office) return nothing;
    return html`<p part="officer-office" class="office" lang=${langIfOther(office, locale)}>
      ${office.value}
    </p>`;
  }

  private renderPhone(phone: Phone, locale: Locale, withCopy: boolean): TemplateResult {
    const e164 = phoneE164(phone);
    const shown = digitsFor(phone.text, locale);
    return html`<li>
      <span>
        ${phone.label ? html`${renderText(phone.label, locale)}:` : nothing}
        ${e164 ? html`<a part="officer-phone" href="tel:${e164}">${shown}</a>` : html`<span part="officer-phone">${shown}</span>`}
      </span>
      ${
        e164
          ? html`${
              withCopy
                ? this.renderCopyButton(
                    e164,
                    msg(str`ফোন নম্বর কপি করুন: ${shown}`, { id: 'copy-phone-of' }),
                    (copied) =>
                      copied
                        ? msg('ফোন নম্বর কপি হয়েছে।', { id: 'phone-copied' })
                        : msg(str`ফোন নম্বর কপি করা যায়নি। নম্বরটি: ${e164}`, { id: 'phone-not-copied' }),
                  )
                : nothing
            }`
          : nothing
      }
    </li>`;
  }

  private renderEmail(email: string, withCopy: boolean): TemplateResult {
    if (!isEmail(email)) return html`<li>${email}</li>`;
    return html`<li>
      <a part="officer-email" href="mailto:${email}">${breakableAddress(email)}</a>
      ${
        withCopy
          ? this.renderCopyButton(
              email,
              msg(str`ই-মেইল ঠিকানা কপি করুন: ${email}`, { id: 'copy-email-of' }),
              (copied) =>
                copied
                  ? msg('ই-মেইল ঠিকানা কপি হয়েছে।', { id: 'email-copied' })
                  : msg(str`ই-মেইল ঠিকানা কপি করা যায়নি। ঠিকানাটি: ${email}`, { id: 'email-not-copied' }),
            )
          : nothing
      }
    </li>`;
  }

  /**
   * A copy button: `label` names what it copies, `outcome` says whether that worked.
   */
  private renderCopyButton(value: string, label: string, outcome: (copied: boolean) => string): TemplateResult {
    return html`<button
      type="button"
      part="button copy-button"
      class="copy"
      aria-label=${label}
      @click=${async () => {
        const copied = await copyText(value);
        this.announcer.say(this.inOwnLocale(() => outcome(copied)));
      }}
    >
      ${msg('কপি করুন', { id: 'copy' })}
    </button>`;
  }

  /** Downloads the officer's vCard; the phone offers to add it to its contacts. */
  private async saveContact(officer: Officer): Promise<void> {
    const locale = this.locale;
    const state = this.charterState;
    const { officerVCard, vcardFileName } = await vcardCode.load();
    const vcard = officerVCard(officer, locale, state.status === 'ready' ? state.charter.data.office : undefined);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([vcard], { type: 'text/vcard;charset=utf-8' }));
    link.download = vcardFileName(officer, locale);
    link.click();
    // Some browsers read the file only after click() has returned.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  /** The `contact` property, the officer from the charter when `officer` is set, or the standalone attributes. */
  private resolveOfficer(): Officer | undefined {
    if (this.contact) return this.contact;
    const state = this.charterState;
    if (this.officer !== undefined)
      return state.status === 'ready' ? state.charter.officers.get(this.officer) : undefined;
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
