import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { breakableAddress, langIfOther, renderLinkedText, renderText } from '../base/render-text.js';
import type { GrievanceLevel, OfficerCell, PublicationDate, Text } from '../generated/charter-data.js';
import { isSingular } from '../i18n/locale.js';
import type { Charter, Officer, Service, ServiceGroup } from '../model/charter.js';
import { isEmail, phoneE164, websiteHref } from '../model/contact.js';
import { linkify, type TextSegment } from '../model/linkify.js';
import { fieldText, SERVICE_FIELDS } from '../model/service-fields.js';
import { splitParts } from '../model/text-parts.js';
import { digitsFor, type Locale, textIn, textValues } from '../model/text.js';
import { extraHeadingsOf, fieldLabel, fieldsOf, headingKey, type ServiceField } from './service-columns.js';

/**
 * The charter as `<charter-services>` shows it, as templates of its state: the element renders them into its shadow
 * root, and `renderCharterHtml` writes them out as the static HTML a page carries before any script runs (the same
 * markup, so the two look alike and the element takes over without the page moving).
 */

/** The parts of a charter, in the order the office prints them; `sections` picks among them. */
export const SECTIONS = ['header', 'vision', 'services', 'expectations', 'grievance'] as const;
export type Section = (typeof SECTIONS)[number];

/** A group of more services than this is rendered in batches of BATCH. */
export const BATCHED_FROM = 100;

/**
 * Services in a batch: a table (or list of cards) of its own, alike in its columns with the others. A batch is
 * rendered once and kept as it is while the element renders the next services, a few a frame; fewer than a screen
 * holds, so that a frame re-renders at most one unfinished batch, and what it adds lands in batches off screen, which
 * the browser does not lay out (content-visibility: auto).
 */
export const BATCH = 20;

/** What the element adds when its script runs: the copy-link buttons, the skip link, one Tab stop per service. */
export interface LiveView {
  /** The service the page's URL points to (`#citizen-5`). */
  target: string;
  /** The live region's text. */
  announcement: string;
  /** The printed layout on screen: never cards. */
  printPreview: boolean;
  copyLink(serviceId: string): void;
  skipServices(event: Event): void;
}

export interface CharterView {
  locale: Locale;
  /** A table per group, or (a narrow container on screen) a card per service. */
  layout: 'table' | 'cards';
  sections: Set<Section>;
  /** Group ids `group` asks for; all groups when empty. */
  groupIds: string[];
  /** The services matching `query`, and the query, when it filters. */
  filter?: { query: string; ids: Set<string> };
  /** How many services to render; the rest come in later batches. */
  limit: number;
  /** Absent in static HTML, which has no script to serve it. */
  live?: LiveView;
}

/** The sections the charter has and `sections` (ids separated by spaces or commas) asks for. */
export function shownSections({ data }: Charter, asked: string[]): Set<Section> {
  const present: Record<Section, boolean> = {
    header: true,
    vision: !!(data.vision || data.mission),
    services: true,
    expectations: !!data.expectations?.items.length,
    grievance: !!data.grievance?.levels.length,
  };
  return new Set(SECTIONS.filter((section) => present[section] && (!asked.length || asked.includes(section))));
}

export function renderCharter(charter: Charter, view: CharterView): TemplateResult {
  const show = view.sections;
  const { locale } = view;
  // `cards`: a narrow container on screen shows its tables a card per row (the grievance table; every table of static
  // HTML, which has no cards of its own).
  return html`<article class=${view.live?.printPreview ? 'charter' : 'charter cards'} lang=${locale}>
    ${show.has('header') ? renderHeader(charter, locale) : nothing}
    ${show.has('vision') ? renderVision(charter, locale) : nothing}
    ${show.has('services') ? renderServices(charter, view) : nothing}
    ${show.has('expectations') ? renderExpectations(charter, locale) : nothing}
    ${show.has('grievance') ? renderGrievance(charter, locale) : nothing}
    ${view.live ? html`<p class="visually-hidden" role="status">${view.live.announcement}</p>` : nothing}
  </article>`;
}

function renderHeader({ data }: Charter, locale: Locale): TemplateResult {
  const { office } = data;
  const href = office.website ? websiteHref(office.website) : undefined;
  const date = (label: string, value: PublicationDate | undefined) =>
    value ? html`<p class="dates">${label}: ${renderText(value.text, locale)}</p>` : nothing;
  return html`<header part="header">
    ${office.government ? html`<p>${renderText(office.government, locale)}</p>` : nothing}
    ${office.department ? html`<p>${renderText(office.department, locale)}</p>` : nothing}
    <p class="office-name">${renderText(office.name, locale)}</p>
    ${office.location ? html`<p>${renderText(office.location, locale)}</p>` : nothing}
    ${office.website ? html`<p>${href ? html`<a href=${href}>${office.website}</a>` : office.website}</p>` : nothing}
    <h2 part="title heading">
      ${data.title ? renderText(data.title, locale) : msg('সিটিজেন চার্টার', { id: 'citizen-charter' })}
    </h2>
    ${date(msg('প্রকাশের তারিখ', { id: 'published' }), data.published)}
    ${date(msg('হালনাগাদের তারিখ', { id: 'updated' }), data.updated)}
  </header>`;
}

function renderVision({ data }: Charter, locale: Locale): TemplateResult {
  return html`<section part="section" class="vision">
    <h2 part="heading">${msg('ভিশন ও মিশন', { id: 'vision-and-mission' })}</h2>
    ${
      data.vision
        ? html`<h3 part="heading">${msg('ভিশন', { id: 'vision' })}</h3>
          <p>${renderText(data.vision, locale)}</p>`
        : nothing
    }
    ${
      data.mission
        ? html`<h3 part="heading">${msg('মিশন', { id: 'mission' })}</h3>
          <p>${renderText(data.mission, locale)}</p>`
        : nothing
    }
  </section>`;
}

/** Group ids that `group` asks for and the charter lacks. */
export function unknownGroups(charter: Charter, groupIds: string[]): string[] {
  return groupIds.filter((id) => !charter.data.serviceGroups.some((group) => group.id === id));
}

/** The groups to show, each with its services that pass the filter. */
export function shownGroups(charter: Charter, view: Pick<CharterView, 'groupIds' | 'filter'>) {
  const { groupIds, filter } = view;
  return charter.data.serviceGroups
    .filter((group) => !groupIds.length || groupIds.includes(group.id))
    .map((group) => ({ group, services: group.services.filter((s) => !filter || filter.ids.has(s.id)) }))
    .filter(({ group, services }) => !filter || services.length || !group.services.length);
}

function renderServices(charter: Charter, view: CharterView): TemplateResult {
  const { locale, live, filter } = view;
  const unknown = unknownGroups(charter, view.groupIds);
  const groups = shownGroups(charter, view);
  const shownCount = groups.reduce((sum, { services }) => sum + services.length, 0);
  let left = view.limit;
  return html`<section part="section" class="services">
    ${
      live
        ? html`<a class="visually-hidden" href="#" @click=${live.skipServices}>
          ${msg('সেবার তালিকা পেরিয়ে যান', { id: 'skip-services' })}
        </a>`
        : nothing
    }
    <h2 part="heading">${msg('প্রতিশ্রুত সেবাসমূহ', { id: 'services' })}</h2>
    ${filter ? html`<p part="filter" class="filter">${matchCount(shownCount, locale)}</p>` : nothing}
    ${
      unknown.length
        ? html`<p part="status" class="status error" role="alert">
          ${msg('এই চার্টারে এই আইডির কোনো সেবা-বিভাগ নেই:', { id: 'group-unknown' })}
          <code dir="ltr">${unknown.join(', ')}</code>
        </p>`
        : nothing
    }
    ${groups.map(({ group, services }) => {
      const shown = services.slice(0, Math.max(left, 0));
      left -= shown.length;
      return renderGroup(group, services.length, shown, charter, view);
    })}
    ${live ? html`<div class="services-end" tabindex="-1"></div>` : nothing}
  </section>`;
}

/**
 * A group: its heading, then its services in one table (or list of cards), or, a group of more than BATCHED_FROM, in
 * batches of BATCH, each a table of its own that is rendered once and kept as it is while later batches come.
 */
function renderGroup(group: ServiceGroup, count: number, shown: Service[], charter: Charter, view: CharterView) {
  const { locale } = view;
  const heading = group.heading ? renderText(group.heading, locale) : msg('সেবাসমূহ', { id: 'all-services' });
  const batched = count > BATCHED_FROM;
  const size = batched ? BATCH : count;
  const batches = Array.from({ length: Math.ceil(shown.length / size) }, (_, i) => i * size);
  // The heading lets a screen-reader user jump between groups; the caption names the table itself.
  return html`<section part="section" class="group">
    ${group.heading ? html`<h3 part="heading">${heading}</h3>` : nothing}
    ${
      count
        ? batches.map((start) => {
            const services = shown.slice(start, start + size);
            const deps = [
              charter,
              group,
              start,
              services.length,
              view.locale,
              view.layout,
              view.filter?.query,
              view.live?.target,
            ];
            return guard(deps, () => {
              const batch =
                view.layout === 'cards'
                  ? renderCards(group, services, charter, view)
                  : renderTable(group, heading, services, batched, charter, view);
              return batched ? html`<div class="batch">${batch}</div>` : batch;
            });
          })
        : html`<p part="status" class="status">${msg('এই বিভাগে কোনো সেবা নেই।', { id: 'group-empty' })}</p>`
    }
  </section>`;
}

function renderTable(
  group: ServiceGroup,
  heading: unknown,
  services: Service[],
  batched: boolean,
  charter: Charter,
  view: CharterView,
): TemplateResult {
  const { locale } = view;
  const fields = fieldsOf(group);
  const extras = extraHeadingsOf(group);
  // A batch's table lays its columns out alike with the others' (table-layout: fixed, by these columns' widths).
  return html`<table part="table">
    <caption class=${group.heading ? 'visually-hidden' : ''}>${heading}</caption>
    ${
      batched
        ? html`<colgroup>
          <col class="serial" />
          <col class="name" />
          ${[...fields, ...extras].map(() => html`<col />`)}
        </colgroup>`
        : nothing
    }
    <thead>
      <tr>
        <th scope="col" class="serial">${fieldLabel('serial', fields)}</th>
        <th scope="col">${fieldLabel('name', fields)}</th>
        ${fields.map((field) => html`<th scope="col" class=${field}>${fieldLabel(field, fields)}</th>`)}
        ${extras.map((heading) => html`<th scope="col">${renderText(heading, locale)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${services.map((service) => renderRow(service, cellsOf(service, fields, extras, charter, view), view))}
    </tbody>
  </table>`;
}

function renderCards(group: ServiceGroup, services: Service[], charter: Charter, view: CharterView): TemplateResult {
  const fields = fieldsOf(group);
  const extras = extraHeadingsOf(group);
  return html`<ul class="service-list">
    ${services.map((service) => renderCard(service, cellsOf(service, fields, extras, charter, view), view))}
  </ul>`;
}

/** A cell of a service: its column (none for an extra column), the column's heading, and what it shows. */
interface Cell {
  field?: ServiceField;
  label: string;
  content: unknown;
}

/** A service's cells after its serial and name: the group's columns, then its extra columns. */
function cellsOf(
  service: Service,
  fields: ServiceField[],
  extras: Text[],
  charter: Charter,
  view: CharterView,
): Cell[] {
  const { locale } = view;
  return [
    ...fields.map((field) => ({
      field,
      label: fieldLabel(field, fields),
      content:
        SERVICE_FIELDS[field] === 'officers'
          ? renderOfficerCell(service[field] as OfficerCell | undefined, charter, view)
          : renderLongText(fieldText(service, field), locale),
    })),
    ...extras.map((heading) => ({
      label: textIn(heading, locale)?.value ?? '',
      content: renderLongText(service.extra?.find((c) => headingKey(c.heading) === headingKey(heading))?.text, locale),
    })),
  ];
}

function renderRow(service: Service, cells: Cell[], view: CharterView): TemplateResult {
  const { locale, live } = view;
  return html`<tr
    id=${service.id}
    part="service"
    tabindex=${live ? -1 : nothing}
    class=${service.id === live?.target ? 'target' : ''}
    @keydown=${live ? moveFocus : nothing}
  >
    <td part="cell" class="serial" data-label=${fieldLabel('serial', [])}>${digitsFor(service.serial, locale)}</td>
    <th part="service-name" scope="row">
      <span class="service-name">${renderText(service.name, locale)}</span>
      ${live ? renderCopyLink(service, live, locale) : nothing}
    </th>
    ${cells.map(
      ({ field, label, content }) => html`<td part="cell" class=${field ?? ''} data-label=${label}>${content}</td>`,
    )}
  </tr>`;
}

/**
 * A service in a narrow container: its serial and name, with its time limit and fee on one line below; the other
 * cells behind the disclosure, where the browser's find in page still finds them. Open when the page links to the
 * service and while a query filters the services.
 */
function renderCard(service: Service, cells: Cell[], view: CharterView): TemplateResult {
  const { locale, live } = view;
  const brief = (['timeLimit', 'fee'] as const).map((field) => fieldText(service, field)).filter(Boolean);
  const target = service.id === live?.target;
  return html`<li
    id=${service.id}
    part="service"
    tabindex=${live ? -1 : nothing}
    class=${target ? 'target' : ''}
    @keydown=${live ? moveFocus : nothing}
  >
    <details ?open=${!!view.filter || target}>
      <summary>
        ${digitsFor(service.serial, locale)}
        <span part="service-name" class="service-name">${renderText(service.name, locale)}</span>
        <span class="brief">${brief.map((text) => html`<span>${renderText(text, locale)}</span>`)}</span>
      </summary>
      ${cells
        .filter(({ field }) => field !== 'timeLimit' && field !== 'fee')
        .map(({ label, content }) => html`<div part="cell" data-label=${label}>${content}</div>`)}
      ${live ? renderCopyLink(service, live, locale, -1) : nothing}
    </details>
  </li>`;
}

/** The service's Tab stop in the table; in a card, where the summary is, one of its arrow-key stops. */
function renderCopyLink(service: Service, live: LiveView, locale: Locale, tabindex?: number): TemplateResult {
  const name = textIn(service.name, locale)?.value ?? service.id;
  return html`<button
    part="copy-link"
    class="copy-link"
    tabindex=${tabindex ?? nothing}
    aria-label=${msg(str`লিংক কপি করুন: ${name}`, { id: 'copy-link-of' })}
    @click=${() => live.copyLink(service.id)}
  >
    ${msg('লিংক কপি করুন', { id: 'copy-link' })}
  </button>`;
}

/**
 * An officer cell as printed, every word of it, with its phone numbers and e-mail addresses as links; then, as links
 * of their own, the numbers and addresses of its officers that the printed text lacks.
 */
function renderOfficerCell(cell: OfficerCell | undefined, charter: Charter, view: CharterView) {
  const { locale } = view;
  const shown = textIn(cell?.text, locale);
  if (!cell || !shown) return nothing;
  const printed = linkify(shown.value);
  const linked = new Set(printed.map((segment) => segment.href));
  const added: TextSegment[] = [];
  for (const id of cell.officers ?? [])
    for (const contact of contactsOf(charter.officers.get(id), locale))
      if (!linked.has(contact.href)) {
        linked.add(contact.href);
        added.push(contact);
      }
  const segment = (segment: TextSegment) => renderSegment(segment, !!view.live);
  return html`<span lang=${langIfOther(shown, locale)}>${printed.map(segment)}</span>
    ${added.map((contact) => html`<br />${segment(contact)}`)}`;
}

function renderExpectations({ data }: Charter, locale: Locale): TemplateResult {
  const expectations = data.expectations!;
  return html`<section part="section" class="expectations">
    <h2 part="heading">
      ${
        expectations.heading
          ? renderText(expectations.heading, locale)
          : msg('আপনার কাছে আমাদের প্রত্যাশা', { id: 'expectations' })
      }
    </h2>
    <ul class="numbered">
      ${expectations.items.map(
        (item) =>
          html`<li>
            ${item.serial ? html`<span class="marker">${digitsFor(item.serial, locale)}</span>` : nothing}
            <span>${renderText(item.text, locale)}</span>
          </li>`,
      )}
    </ul>
  </section>`;
}

function renderGrievance({ data }: Charter, locale: Locale): TemplateResult {
  const grievance = data.grievance!;
  const heading = grievance.heading
    ? renderText(grievance.heading, locale)
    : msg('অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)', { id: 'grievance' });
  const labels = grievanceLabels();
  return html`<section part="section" class="grievance">
    <h2 part="heading">${heading}</h2>
    ${grievance.intro ? html`<p>${renderText(grievance.intro, locale)}</p>` : nothing}
    <table part="table">
      <caption class="visually-hidden">${heading}</caption>
      <thead>
        <tr>
          <th scope="col" class="serial">${labels.serial}</th>
          <th scope="col">${labels.when}</th>
          <th scope="col">${labels.whom}</th>
          <th scope="col">${labels.address}</th>
          <th scope="col">${labels.deadline}</th>
        </tr>
      </thead>
      <tbody>
        ${grievance.levels.map((level) => renderGrievanceLevel(level, labels, locale))}
      </tbody>
    </table>
  </section>`;
}

function renderGrievanceLevel(level: GrievanceLevel, labels: GrievanceLabels, locale: Locale): TemplateResult {
  const { address } = level;
  // The address cell usually prints the website itself; link it separately only when it does not.
  const website =
    address.website && !textValues(address.text).some((t) => t.includes(address.website!.replace(/^https?:\/\//, '')))
      ? websiteHref(address.website)
      : undefined;
  return html`<tr part="service">
    <td part="cell" class="serial" data-label=${labels.serial}>
      ${level.serial ? digitsFor(level.serial, locale) : nothing}
    </td>
    <td part="cell" data-label=${labels.when}>${renderText(level.when, locale)}</td>
    <th part="service-name" scope="row">${renderText(level.whom, locale)}</th>
    <td part="cell" data-label=${labels.address}>
      ${renderLinkedText(address.text, locale)}
      ${website ? html`<br /><a href=${website}>${address.website}</a>` : nothing}
    </td>
    <td part="cell" data-label=${labels.deadline}>${renderText(level.deadline?.text, locale)}</td>
  </tr>`;
}

type GrievanceLabels = ReturnType<typeof grievanceLabels>;

/** The grievance table's column headings, which also label its cards. */
function grievanceLabels() {
  return {
    serial: fieldLabel('serial', []),
    when: msg('কখন যোগাযোগ করবেন', { id: 'grs-when' }),
    whom: msg('কার সঙ্গে যোগাযোগ করবেন', { id: 'grs-whom' }),
    address: msg('যোগাযোগের ঠিকানা', { id: 'grs-address' }),
    deadline: msg('নিষ্পত্তির সময়সীমা', { id: 'grs-deadline' }),
  };
}

/** How many services match a search, in words. */
export function matchCount(count: number, locale: Locale): string {
  const shown = digitsFor(String(count), locale);
  if (!count) return msg('কোনো সেবা মেলেনি।', { id: 'filter-none' });
  return isSingular(count, locale)
    ? msg(str`${shown}টি সেবা মিলেছে`, { id: 'filter-count-one' })
    : msg(str`${shown}টি সেবা মিলেছে`, { id: 'filter-count' });
}

/** An officer's phone numbers and e-mail addresses that can be links. */
function contactsOf(officer: Officer | undefined, locale: Locale): TextSegment[] {
  const phones = (officer?.phones ?? []).map((phone) => ({
    text: digitsFor(phone.text, locale),
    e164: phoneE164(phone),
  }));
  return [
    ...phones.filter(({ e164 }) => e164).map(({ text, e164 }) => ({ text, href: `tel:${e164}` })),
    ...(officer?.emails ?? []).filter(isEmail).map((email) => ({ text: email, href: `mailto:${email}` })),
  ];
}

/**
 * Left and right arrows move between the links and buttons of the service that has focus, each of which but one is
 * out of the Tab order.
 */
function moveFocus(event: KeyboardEvent): void {
  const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  if (!step) return;
  const service = event.currentTarget as HTMLElement;
  // In a closed card the others do not show, and focus() leaves them alone.
  const controls = [...service.querySelectorAll<HTMLElement>('summary, a, button')];
  controls[controls.indexOf(event.target as HTMLElement) + step]?.focus();
  event.preventDefault();
}

/**
 * Text, or a link for a contact. With the script, the links in a service are reached with the arrow keys, not Tab (see
 * the element); static HTML has no arrow keys, so there they are ordinary links.
 */
function renderSegment({ text, href }: TextSegment, live: boolean) {
  return href ? html`<a href=${href} tabindex=${live ? -1 : nothing}>${breakableAddress(text)}</a>` : text;
}

/** A long cell: its numbered parts ("১. … ২. …", "ক) … খ) …") as a list, or the text as it is. */
function renderLongText(text: Text | undefined, locale: Locale) {
  const shown = textIn(text, locale);
  const parts = shown && splitParts(shown.value);
  if (!shown || !parts) return renderText(text, locale);
  return html`<ul class="parts" lang=${langIfOther(shown, locale)}>
    ${parts.map((part) => html`<li>${part}</li>`)}
  </ul>`;
}
