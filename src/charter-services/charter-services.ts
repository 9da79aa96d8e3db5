import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { baseStyles } from '../base/base.styles.js';
import { CharterElement } from '../base/charter-element.js';
import { renderText } from '../base/render-text.js';
import type { GrievanceLevel, OfficerCell, PublicationDate, Text } from '../generated/charter-data.js';
import type { Charter, Service, ServiceGroup } from '../model/charter.js';
import { websiteHref } from '../model/contact.js';
import { digitsFor, type Locale, textIn } from '../model/text.js';
import { charterServicesStyles } from './charter-services.styles.js';
import { extraHeadingsOf, fieldLabel, fieldsOf, headingKey, type ServiceField } from './service-columns.js';

/**
 * Wide containers get a real table per group; narrow ones (a phone, a 300 px sidebar) a card per service with every
 * field labelled, decided by the element's own width.
 *
 * @tagname charter-services
 * @summary The whole citizen charter: office, vision and mission, every service group as a table, what the office
 * expects of you, and grievance redress.
 *
 * @event charter-load - The charter loaded and validated; `detail.charter` is the model.
 * @event charter-error - The charter could not be had; `detail.error` says why.
 *
 * @csspart header - The office header.
 * @csspart section - Each section (vision and mission, each service group, expectations, grievance).
 * @csspart table - Each table.
 * @csspart status - The loading or error message.
 *
 * @cssprop --charter-font-family - Font stack, Bangla first.
 * @cssprop --charter-color-text - Text colour.
 * @cssprop --charter-color-background - Background.
 * @cssprop --charter-color-surface - Background of every other row and of messages.
 * @cssprop --charter-color-muted - Colour of secondary text.
 * @cssprop --charter-color-primary - Headings, table header background and links.
 * @cssprop --charter-color-on-primary - Text on the table header.
 * @cssprop --charter-color-accent - Focus ring and error colour.
 * @cssprop --charter-color-border - Table and card borders.
 * @cssprop --charter-space - Base spacing.
 * @cssprop --charter-radius - Corner radius of cards and messages.
 */
export class CharterServices extends CharterElement {
  static styles = [baseStyles, charterServicesStyles];

  render() {
    const state = this.charterState;
    if (state.status !== 'ready') return this.renderCharterState();
    const { data } = state.charter;
    const locale = this.locale;
    return html`<article class="charter" lang=${locale}>
      ${this.renderHeader(state.charter, locale)}
      ${data.vision || data.mission
        ? html`<section part="section">
            <h2>${msg('ভিশন ও মিশন', { id: 'vision-and-mission' })}</h2>
            ${data.vision
              ? html`<h3>${msg('ভিশন', { id: 'vision' })}</h3>
                  <p>${renderText(data.vision, locale)}</p>`
              : nothing}
            ${data.mission
              ? html`<h3>${msg('মিশন', { id: 'mission' })}</h3>
                  <p>${renderText(data.mission, locale)}</p>`
              : nothing}
          </section>`
        : nothing}
      <section part="section">
        <h2>${msg('প্রতিশ্রুত সেবাসমূহ', { id: 'services' })}</h2>
        ${data.serviceGroups.map((group) => this.renderGroup(group, state.charter, locale))}
      </section>
      ${this.renderExpectations(state.charter, locale)} ${this.renderGrievance(state.charter, locale)}
    </article>`;
  }

  private renderHeader({ data }: Charter, locale: Locale): TemplateResult {
    const { office } = data;
    const href = office.website ? websiteHref(office.website) : undefined;
    const date = (label: string, value: PublicationDate | undefined) =>
      value ? html`<p class="dates">${label}: ${renderText(value.text, locale)}</p>` : nothing;
    return html`<header part="header">
      ${office.government ? html`<p>${renderText(office.government, locale)}</p>` : nothing}
      ${office.department ? html`<p>${renderText(office.department, locale)}</p>` : nothing}
      <p class="office-name">${renderText(office.name, locale)}</p>
      ${office.location ? html`<p>${renderText(office.location, locale)}</p>` : nothing}
      ${office.website
        ? html`<p>${href ? html`<a href=${href}>${office.website}</a>` : office.website}</p>`
        : nothing}
      <h2>${data.title ? renderText(data.title, locale) : msg('সিটিজেন চার্টার', { id: 'citizen-charter' })}</h2>
      ${date(msg('প্রকাশের তারিখ', { id: 'published' }), data.published)}
      ${date(msg('হালনাগাদের তারিখ', { id: 'updated' }), data.updated)}
    </header>`;
  }

  private renderGroup(group: ServiceGroup, charter: Charter, locale: Locale): TemplateResult {
    const fields = fieldsOf(group);
    const extras = extraHeadingsOf(group);
    const heading = group.heading ? renderText(group.heading, locale) : msg('সেবাসমূহ', { id: 'all-services' });
    // The heading lets a screen-reader user jump between groups; the caption names the table itself.
    return html`<section part="section">
      ${group.heading ? html`<h3>${heading}</h3>` : nothing}
      <table part="table">
        <caption class=${group.heading ? 'visually-hidden' : ''}>${heading}</caption>
        <thead>
          <tr>
            <th scope="col">${fieldLabel('serial', fields)}</th>
            <th scope="col">${fieldLabel('name', fields)}</th>
            ${fields.map((field) => html`<th scope="col">${fieldLabel(field, fields)}</th>`)}
            ${extras.map((heading) => html`<th scope="col">${renderText(heading, locale)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${group.services.map((service) => this.renderService(service, fields, extras, charter, locale))}
        </tbody>
      </table>
    </section>`;
  }

  private renderService(
    service: Service,
    fields: ServiceField[],
    extras: Text[],
    charter: Charter,
    locale: Locale,
  ): TemplateResult {
    return html`<tr id=${service.id}>
      <td data-label=${fieldLabel('serial', fields)}>${digitsFor(service.serial, locale)}</td>
      <th scope="row">${renderText(service.name, locale)}</th>
      ${fields.map(
        (field) => html`<td data-label=${fieldLabel(field, fields)}>${this.renderField(service, field, charter, locale)}</td>`,
      )}
      ${extras.map((heading) => {
        const column = service.extra?.find((c) => headingKey(c.heading) === headingKey(heading));
        return html`<td data-label=${textIn(heading, locale)?.value ?? ''}>${renderText(column?.text, locale)}</td>`;
      })}
    </tr>`;
  }

  private renderField(service: Service, field: ServiceField, charter: Charter, locale: Locale) {
    switch (field) {
      case 'officers':
      case 'seniorOfficers':
        return this.renderOfficerCell(service[field], charter, locale);
      case 'fee':
      case 'timeLimit':
        return renderText(service[field]?.text, locale);
      default:
        return renderText(service[field], locale);
    }
  }

  /** Officers the charter defines show as contacts; a cell naming no known officer shows as printed. */
  private renderOfficerCell(cell: OfficerCell | undefined, charter: Charter, locale: Locale) {
    if (!cell) return nothing;
    const ids = (cell.officers ?? []).filter((id) => charter.officers.has(id));
    if (!ids.length) return renderText(cell.text, locale);
    return html`<div class="cell-officer">
      ${ids.map(
        (id) => html`<officer-contact variant="compact" officer=${id} .contact=${charter.officers.get(id)}></officer-contact>`,
      )}
    </div>`;
  }

  private renderExpectations({ data }: Charter, locale: Locale) {
    const expectations = data.expectations;
    if (!expectations) return nothing;
    return html`<section part="section">
      <h2>${expectations.heading ? renderText(expectations.heading, locale) : msg('আপনার কাছে আমাদের প্রত্যাশা', { id: 'expectations' })}</h2>
      <ol class="expectations">
        ${expectations.items.map((item) => html`<li>${renderText(item.text, locale)}</li>`)}
      </ol>
    </section>`;
  }

  private renderGrievance({ data }: Charter, locale: Locale) {
    const grievance = data.grievance;
    if (!grievance) return nothing;
    const heading = grievance.heading
      ? renderText(grievance.heading, locale)
      : msg('অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)', { id: 'grievance' });
    return html`<section part="section">
      <h2>${heading}</h2>
      ${grievance.intro ? html`<p>${renderText(grievance.intro, locale)}</p>` : nothing}
      <table part="table">
        <caption>${heading}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('ক্রমিক', { id: 'col-serial' })}</th>
            <th scope="col">${msg('কখন যোগাযোগ করবেন', { id: 'grs-when' })}</th>
            <th scope="col">${msg('কার সঙ্গে যোগাযোগ করবেন', { id: 'grs-whom' })}</th>
            <th scope="col">${msg('যোগাযোগের ঠিকানা', { id: 'grs-address' })}</th>
            <th scope="col">${msg('নিষ্পত্তির সময়সীমা', { id: 'grs-deadline' })}</th>
          </tr>
        </thead>
        <tbody>
          ${grievance.levels.map((level) => this.renderGrievanceLevel(level, locale))}
        </tbody>
      </table>
    </section>`;
  }

  private renderGrievanceLevel(level: GrievanceLevel, locale: Locale): TemplateResult {
    const website = level.address.website ? websiteHref(level.address.website) : undefined;
    return html`<tr>
      <td data-label=${msg('ক্রমিক', { id: 'col-serial' })}>${level.serial ? digitsFor(level.serial, locale) : nothing}</td>
      <td data-label=${msg('কখন যোগাযোগ করবেন', { id: 'grs-when' })}>${renderText(level.when, locale)}</td>
      <th scope="row">${renderText(level.whom, locale)}</th>
      <td data-label=${msg('যোগাযোগের ঠিকানা', { id: 'grs-address' })}>
        ${renderText(level.address.text, locale)}
        ${website ? html`<br /><a href=${website}>${website}</a>` : nothing}
      </td>
      <td data-label=${msg('নিষ্পত্তির সময়সীমা', { id: 'grs-deadline' })}>${renderText(level.deadline?.text, locale)}</td>
    </tr>`;
  }
}
