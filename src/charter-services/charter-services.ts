import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ANNOUNCE_AFTER_MS, Announcer } from '../base/announcer.js';
import { baseStyles } from '../base/base.styles.js';
import { CharterElement } from '../base/charter-element.js';
import { copyText } from '../base/clipboard.js';
import { breakableAddress, langIfOther, renderLinkedText, renderText } from '../base/render-text.js';
import type { GrievanceLevel, OfficerCell, PublicationDate, Text } from '../generated/charter-data.js';
import type { Charter, Officer, Service, ServiceGroup } from '../model/charter.js';
import { isEmail, phoneE164, websiteHref } from '../model/contact.js';
import { linkify, type TextSegment } from '../model/linkify.js';
import { splitParts } from '../model/text-parts.js';
import { digitsFor, type Locale, textIn, textValues } from '../model/text.js';
import { isSingular } from '../i18n/locale.js';
import { adoptPrintPageSize, charterServicesStyles } from './charter-services.styles.js';
import { fieldText, SERVICE_FIELDS } from '../model/service-fields.js';
import { extraHeadingsOf, fieldLabel, fieldsOf, headingKey, type ServiceField } from './service-columns.js';


/** The parts of a charter, in the order the office prints them; `sections` picks among them. */
const SECTIONS = ['header', 'vision', 'services', 'expectations', 'grievance'] as const;
type Section = (typeof SECTIONS)[number];

/** Ids in an attribute, separated by spaces or commas. */
function idsIn(value: string | undefined): string[] {
  return value?.split(/[\s,]+/).filter(Boolean) ?? [];
}

/**
 * Wide containers get a real table per group; narrow ones (a phone, a 300 px sidebar), decided by the element's own
 * width, a card per service: its serial, name, time limit and fee, the other cells one tap away behind a disclosure
 * (which the browser's find in page opens), open for the service a link points to and while `query` filters. Every
 * service has an anchor from its id: a page opened with `#citizen-5` scrolls to that service and marks it. Printing
 * gives the office board: an A4 landscape table with every cell.
 *
 * Keyboard: a skip link, shown when it has focus, leads past the services. Each service is one Tab stop (its "copy
 * link" button in the table, its summary in a card); Left and Right arrows move between that service's links and
 * buttons (the phone numbers and e-mail addresses in its cells).
 *
 * @tagname charter-services
 * @summary The whole citizen charter: office, vision and mission, every service group as a table, what the office
 * expects of you, and grievance redress.
 *
 * @event charter-load - The charter loaded and validated; `detail.charter` is the model.
 * @event charter-error - The charter could not be had; `detail.error` says why.
 *
 * @csspart header - The office header.
 * @csspart title - The charter's title.
 * @csspart section - Each section (vision and mission, services, expectations, grievance) and each service group.
 * @csspart heading - Each section and group heading.
 * @csspart table - Each table.
 * @csspart service - Each service: a table row, or a card in a narrow container.
 * @csspart service-name - The service's name (the row header).
 * @csspart cell - Each other cell of a service.
 * @csspart copy-link - The "copy link" button of each service.
 * @csspart filter - The number of services matching `query`.
 * @csspart status - The loading, empty or error message.
 * @csspart retry-button - The button that fetches a charter again after a network failure or a timeout.
 *
 * @cssprop --charter-font-family - Font stack, Bangla first.
 * @cssprop --charter-font-size - Base font size, 16px by default whatever the page's root size.
 * @cssprop --charter-color-text - Text colour.
 * @cssprop --charter-color-background - Background.
 * @cssprop --charter-color-surface - Background of every other row, of messages and of the loading skeleton.
 * @cssprop --charter-color-muted - Colour of secondary text and card labels.
 * @cssprop --charter-color-primary - Headings, table header background, links and buttons.
 * @cssprop --charter-color-on-primary - Text on the table header.
 * @cssprop --charter-color-accent - Error colour.
 * @cssprop --charter-color-focus - Focus ring.
 * @cssprop --charter-color-border - Table and card borders.
 * @cssprop --charter-color-mark - Background of the service a link points to.
 * @cssprop --charter-space - Base spacing.
 * @cssprop --charter-radius - Corner radius of cards, buttons and messages.
 */
export class CharterServices extends CharterElement {
  static styles = [baseStyles, charterServicesStyles];

  /**
   * Which sections to show, separated by spaces: `header`, `vision` (vision and mission), `services`,
   * `expectations`, `grievance`. All that the charter has when not set.
   */
  @property() sections?: string;

  /** Limits the services to one or more group ids (e.g. `citizen`), separated by spaces. */
  @property() group?: string;

  /**
   * Shows only the services that match this search, and announces how many; `<service-search for="ID">` sets it as
   * the reader types. The same search engine as `<service-search>`.
   */
  @property() query = '';

  protected override get showsSearch(): boolean {
    return !!this.query.trim();
  }

  /** Shows on screen the layout the page prints: for designers and for checking before printing. */
  @property({ type: Boolean, reflect: true, attribute: 'print-preview' }) printPreview = false;

  /** The service the page's URL points to (`#citizen-5`). */
  @state() private target = '';
  private scrolledTo = '';
  private readonly announcer = new Announcer(this);

  private readonly onHashChange = () => {
    this.target = hashTarget();
    this.scrolledTo = '';
  };

  connectedCallback(): void {
    super.connectedCallback();
    adoptPrintPageSize();
    window.addEventListener('hashchange', this.onHashChange);
    this.onHashChange();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  // Before the update, so that emptying the live region is part of it rather than an update of its own.
  protected willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('query') && changed.get('query') !== undefined) this.announceMatches(this.query);
  }

  /**
   * Shadow DOM hides the rows from the browser's own fragment navigation: scroll to the target here, once it shows
   * and the fonts (which change the rows' heights) have loaded.
   */
  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.target || this.scrolledTo === this.target) return;
    // The row in a table or the card in a narrow container, whichever shows.
    const row = [...this.renderRoot.querySelectorAll<HTMLElement>('.target')].find((el) => el.checkVisibility());
    if (!row) return;
    this.scrolledTo = this.target;
    void document.fonts.ready.then(() => {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      row.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      row.focus({ preventScroll: true });
    });
  }

  render() {
    const state = this.charterState;
    if (state.status === 'loading') return this.renderSkeleton();
    if (state.status !== 'ready') return this.renderCharterState();
    const { charter } = state;
    const locale = this.locale;
    const show = this.shownSections(charter);
    return html`<article class=${this.printPreview ? 'charter' : 'charter cards'} lang=${locale}>
      ${show.has('header') ? this.renderHeader(charter, locale) : nothing}
      ${show.has('vision') ? this.renderVision(charter, locale) : nothing}
      ${show.has('services') ? this.renderServices(charter, locale) : nothing}
      ${show.has('expectations') ? this.renderExpectations(charter, locale) : nothing}
      ${show.has('grievance') ? this.renderGrievance(charter, locale) : nothing}
      <p class="visually-hidden" role="status">${this.announcer.text}</p>
    </article>`;
  }

  private shownSections({ data }: Charter): Set<Section> {
    const present: Record<Section, boolean> = {
      header: true,
      vision: !!(data.vision || data.mission),
      services: true,
      expectations: !!data.expectations?.items.length,
      grievance: !!data.grievance?.levels.length,
    };
    const asked = idsIn(this.sections?.toLowerCase());
    return new Set(SECTIONS.filter((section) => present[section] && (!asked.length || asked.includes(section))));
  }

  /** A skeleton of the charter's shape, so the page does not jump when the charter arrives. */
  private renderSkeleton(): TemplateResult {
    return html`<div part="status" class="skeleton" role="status" aria-busy="true">
      <p class="loading-text">${msg('চার্টার লোড হচ্ছে…', { id: 'loading' })}</p>
      <div class="bar title"></div>
      <div class="bar"></div>
      <div class="bar short"></div>
      ${[1, 2, 3, 4].map(() => html`<div class="bar row"></div>`)}
    </div>`;
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
      <h2 part="title heading">
        ${data.title ? renderText(data.title, locale) : msg('সিটিজেন চার্টার', { id: 'citizen-charter' })}
      </h2>
      ${date(msg('প্রকাশের তারিখ', { id: 'published' }), data.published)}
      ${date(msg('হালনাগাদের তারিখ', { id: 'updated' }), data.updated)}
    </header>`;
  }

  private renderVision({ data }: Charter, locale: Locale): TemplateResult {
    return html`<section part="section" class="vision">
      <h2 part="heading">${msg('ভিশন ও মিশন', { id: 'vision-and-mission' })}</h2>
      ${data.vision
        ? html`<h3 part="heading">${msg('ভিশন', { id: 'vision' })}</h3>
            <p>${renderText(data.vision, locale)}</p>`
        : nothing}
      ${data.mission
        ? html`<h3 part="heading">${msg('মিশন', { id: 'mission' })}</h3>
            <p>${renderText(data.mission, locale)}</p>`
        : nothing}
    </section>`;
  }

  /**
   * The ids of the services matching `query`, or undefined when there is no query (or, for the moment a large
   * charter's index takes to build, no index yet: every service shows until it is).
   */
  private matchingIds(charter: Charter): Set<string> | undefined {
    const index = this.query.trim() ? this.completeIndex(charter) : undefined;
    return index && new Set(index.search(this.query).map((hit) => hit.entry.service.id));
  }

  /** Says how many services match once typing pauses, so a screen reader is not flooded. */
  private announceMatches(query: string): void {
    const state = this.charterState;
    const matches = state.status === 'ready' && query.trim() ? this.matchingIds(state.charter) : undefined;
    this.announcer.say(matches ? matchCount(matches.size, this.locale) : '', ANNOUNCE_AFTER_MS);
  }

  private renderServices(charter: Charter, locale: Locale): TemplateResult {
    const asked = idsIn(this.group);
    const unknown = asked.filter((id) => !charter.data.serviceGroups.some((group) => group.id === id));
    const matches = this.matchingIds(charter);
    const groups = charter.data.serviceGroups
      .filter((group) => !asked.length || asked.includes(group.id))
      .map((group) => ({ group, services: group.services.filter((s) => !matches || matches.has(s.id)) }))
      .filter(({ group, services }) => !matches || services.length || !group.services.length);
    const shownCount = groups.reduce((sum, { services }) => sum + services.length, 0);
    return html`<section part="section" class="services">
      <a class="visually-hidden" href="#" @click=${this.skipServices}>
        ${msg('সেবার তালিকা পেরিয়ে যান', { id: 'skip-services' })}
      </a>
      <h2 part="heading">${msg('প্রতিশ্রুত সেবাসমূহ', { id: 'services' })}</h2>
      ${matches ? html`<p part="filter" class="filter">${matchCount(shownCount, locale)}</p>` : nothing}
      ${unknown.length
        ? html`<p part="status" class="status error" role="alert">
            ${msg('এই চার্টারে এই আইডির কোনো সেবা-বিভাগ নেই:', { id: 'group-unknown' })}
            <code dir="ltr">${unknown.join(', ')}</code>
          </p>`
        : nothing}
      ${groups.map(({ group, services }) => this.renderGroup(group, services, !!matches, charter, locale))}
      <div class="services-end" tabindex="-1"></div>
    </section>`;
  }

  /** The skip link: focus goes to the end of the services, so that the next Tab leaves them. */
  private readonly skipServices = (event: Event) => {
    event.preventDefault();
    const end = this.renderRoot.querySelector<HTMLElement>('.services-end')!;
    // In the Tab order while it has focus: from an element out of it, Chromium's Tab goes back to the shadow root's
    // first stop instead of on.
    end.tabIndex = 0;
    end.focus();
    end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
  };

  private renderGroup(
    group: ServiceGroup,
    services: Service[],
    open: boolean,
    charter: Charter,
    locale: Locale,
  ): TemplateResult {
    const fields = fieldsOf(group);
    const extras = extraHeadingsOf(group);
    const heading = group.heading ? renderText(group.heading, locale) : msg('সেবাসমূহ', { id: 'all-services' });
    // Each cell is rendered once and shown twice: in the table (wide containers, print) and in the list of cards
    // (narrow containers), of which the styles show one.
    const shown = services.map((service) => ({ service, cells: this.cellsOf(service, fields, extras, charter, locale) }));
    // The heading lets a screen-reader user jump between groups; the caption names the table itself.
    return html`<section part="section" class="group">
      ${group.heading ? html`<h3 part="heading">${heading}</h3>` : nothing}
      ${services.length
        ? html`<table part="table">
              <caption class=${group.heading ? 'visually-hidden' : ''}>${heading}</caption>
              <thead>
                <tr>
                  <th scope="col" class="serial">${fieldLabel('serial', fields)}</th>
                  <th scope="col">${fieldLabel('name', fields)}</th>
                  ${fields.map((field) => html`<th scope="col" class=${field}>${fieldLabel(field, fields)}</th>`)}
                  ${extras.map((heading) => html`<th scope="col">${renderText(heading, locale)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${shown.map(({ service, cells }) => this.renderRow(service, cells, locale))}
              </tbody>
            </table>
            <ul class="service-list">
              ${shown.map(({ service, cells }) => this.renderCard(service, cells, open, locale))}
            </ul>`
        : html`<p part="status" class="status">${msg('এই বিভাগে কোনো সেবা নেই।', { id: 'group-empty' })}</p>`}
    </section>`;
  }

  /** A service's cells after its serial and name: the group's columns, then its extra columns. */
  private cellsOf(service: Service, fields: ServiceField[], extras: Text[], charter: Charter, locale: Locale): Cell[] {
    return [
      ...fields.map((field) => ({
        field,
        label: fieldLabel(field, fields),
        content: this.renderField(service, field, charter, locale),
      })),
      ...extras.map((heading) => ({
        label: textIn(heading, locale)?.value ?? '',
        content: renderLongText(service.extra?.find((c) => headingKey(c.heading) === headingKey(heading))?.text, locale),
      })),
    ];
  }

  private renderRow(service: Service, cells: Cell[], locale: Locale): TemplateResult {
    return html`<tr
      id=${service.id}
      part="service"
      tabindex="-1"
      class=${service.id === this.target ? 'target' : ''}
      @keydown=${moveFocus}
    >
      <td part="cell" class="serial">${digitsFor(service.serial, locale)}</td>
      <th part="service-name" scope="row">
        <span class="service-name">${renderText(service.name, locale)}</span>
        ${this.renderCopyLink(service, locale)}
      </th>
      ${cells.map(({ field, content }) => html`<td part="cell" class=${field ?? ''}>${content}</td>`)}
    </tr>`;
  }

  /**
   * A service in a narrow container: its serial and name, with its time limit and fee on one line below; the other
   * cells behind the disclosure, where the browser's find in page still finds them. Open when the page links to the
   * service and while a query filters the services.
   */
  private renderCard(service: Service, cells: Cell[], open: boolean, locale: Locale): TemplateResult {
    const brief = (['timeLimit', 'fee'] as const).map((field) => fieldText(service, field)).filter(Boolean);
    return html`<li
      part="service"
      tabindex="-1"
      class=${service.id === this.target ? 'target' : ''}
      @keydown=${moveFocus}
    >
      <details ?open=${open || service.id === this.target}>
        <summary>
          ${digitsFor(service.serial, locale)}
          <span part="service-name">${renderText(service.name, locale)}</span>
          <span class="brief">${brief.map((text) => html`<span>${renderText(text, locale)}</span>`)}</span>
        </summary>
        ${cells
          .filter(({ field }) => field !== 'timeLimit' && field !== 'fee')
          .map(({ label, content }) => html`<div part="cell" data-label=${label}>${content}</div>`)}
        ${this.renderCopyLink(service, locale, -1)}
      </details>
    </li>`;
  }

  /** The service's Tab stop in the table; in a card, where the summary is, one of its arrow-key stops. */
  private renderCopyLink(service: Service, locale: Locale, tabindex?: number): TemplateResult {
    const name = textIn(service.name, locale)?.value ?? service.id;
    return html`<button
      part="copy-link"
      class="copy-link"
      tabindex=${tabindex ?? nothing}
      aria-label=${msg(str`লিংক কপি করুন: ${name}`, { id: 'copy-link-of' })}
      @click=${() => this.copyLink(service.id)}
    >
      ${msg('লিংক কপি করুন', { id: 'copy-link' })}
    </button>`;
  }

  private renderField(service: Service, field: ServiceField, charter: Charter, locale: Locale) {
    return SERVICE_FIELDS[field] === 'officers'
      ? this.renderOfficerCell(service[field] as OfficerCell | undefined, charter, locale)
      : renderLongText(fieldText(service, field), locale);
  }

  /**
   * An officer cell as printed, every word of it, with its phone numbers and e-mail addresses as links; then, as links
   * of their own, the numbers and addresses of its officers that the printed text lacks.
   */
  private renderOfficerCell(cell: OfficerCell | undefined, charter: Charter, locale: Locale) {
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
    return html`<span lang=${langIfOther(shown, locale)}>${printed.map(renderSegment)}</span>
      ${added.map((contact) => html`<br />${renderSegment(contact)}`)}`;
  }

  private renderExpectations({ data }: Charter, locale: Locale): TemplateResult {
    const expectations = data.expectations!;
    return html`<section part="section" class="expectations">
      <h2 part="heading">
        ${expectations.heading
          ? renderText(expectations.heading, locale)
          : msg('আপনার কাছে আমাদের প্রত্যাশা', { id: 'expectations' })}
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

  private renderGrievance({ data }: Charter, locale: Locale): TemplateResult {
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
          ${grievance.levels.map((level) => this.renderGrievanceLevel(level, labels, locale))}
        </tbody>
      </table>
    </section>`;
  }

  private renderGrievanceLevel(level: GrievanceLevel, labels: GrievanceLabels, locale: Locale): TemplateResult {
    const { address } = level;
    // The address cell usually prints the website itself; link it separately only when it does not.
    const website = address.website && !textValues(address.text).some((t) => t.includes(address.website!.replace(/^https?:\/\//, '')))
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
      <td part="cell" data-label=${labels.deadline}>
        ${renderText(level.deadline?.text, locale)}
      </td>
    </tr>`;
  }

  private async copyLink(serviceId: string): Promise<void> {
    const link = `${location.href.split('#')[0]}#${serviceId}`;
    this.announcer.say(
      (await copyText(link))
        ? msg('লিংক কপি হয়েছে।', { id: 'link-copied' })
        : msg(str`লিংক কপি করা যায়নি। লিংকটি: ${link}`, { id: 'link-not-copied' }),
    );
  }
}

/** A cell of a service: its column (none for an extra column), the column's heading, and what it shows. */
interface Cell {
  field?: ServiceField;
  label: string;
  content: unknown;
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
function matchCount(count: number, locale: Locale): string {
  const shown = digitsFor(String(count), locale);
  if (!count) return msg('কোনো সেবা মেলেনি।', { id: 'filter-none' });
  return isSingular(count, locale)
    ? msg(str`${shown}টি সেবা মিলেছে`, { id: 'filter-count-one' })
    : msg(str`${shown}টি সেবা মিলেছে`, { id: 'filter-count' });
}

/** An officer's phone numbers and e-mail addresses that can be links. */
function contactsOf(officer: Officer | undefined, locale: Locale): TextSegment[] {
  const phones = (officer?.phones ?? []).map((phone) => ({ text: digitsFor(phone.text, locale), e164: phoneE164(phone) }));
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

/** Text, or a link for a contact; links in a service are reached with the arrow keys, not Tab (see the class). */
function renderSegment({ text, href }: TextSegment) {
  return href ? html`<a href=${href} tabindex="-1">${breakableAddress(text)}</a>` : text;
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

/** The service the page's address points to: `#citizen-5`, or its hash as written when it is no valid %-encoding (`#50%`). */
function hashTarget(): string {
  const hash = location.hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}
