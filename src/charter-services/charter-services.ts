import { msg, str } from '@lit/localize';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ANNOUNCE_AFTER_MS, Announcer } from '../base/announcer.js';
import { baseStyles } from '../base/base.styles.js';
import { CharterElement } from '../base/charter-element.js';
import { copyText } from '../base/clipboard.js';
import type { Charter } from '../model/charter.js';
import { adoptPrintPageSize, charterServicesStyles } from './charter-services.styles.js';
import {
  BATCH,
  BATCHED_FROM,
  type CharterView,
  type LiveView,
  matchCount,
  renderCharter,
  shownGroups,
  shownSections,
} from './charter-view.js';

/**
 * Services rendered in the first frame of a charter: a screenful and more, all of most charters; of a large one (more
 * than BATCHED_FROM services, or the first services of one that is still coming) a screenful, so that the frame is
 * short. Then as many a frame as take about STEP_MS of script on the device, at least MIN_STEP and at most MAX_STEP:
 * a phone four times slower than a laptop renders a quarter as many a frame, and no frame holds the page for long.
 */
const FIRST_STEP = 30;
const FIRST_STEP_LARGE = 15;
const STEP_MS = 30;
const MIN_STEP = 5;
const MAX_STEP = 100;

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
 * A charter of thousands of services shows its first screen at once: the rest come a few a frame, as many as the
 * device renders in about 30 ms; only the layout in use is in the DOM.
 *
 * Static first: HTML already inside the element (the charter as `charter-widgets render` writes it) shows until the
 * charter is ready, then the element takes over the same box.
 *
 * Keyboard: a skip link, shown when it has focus, leads past the services. Each service is one Tab stop (its "copy
 * link" button in the table, its summary in a card); Left and Right arrows move between that service's links and
 * buttons (the phone numbers and e-mail addresses in its cells).
 *
 * @tagname charter-services
 * @summary The whole citizen charter: office, vision and mission, every service group as a table, what the office
 * expects of you, and grievance redress.
 *
 * @event {CustomEvent<CharterLoadDetail>} charter-load - The charter loaded and validated; `detail.charter` is the model.
 * @event {CustomEvent<CharterErrorDetail>} charter-error - The charter could not be had; `detail.error` says why.
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
  /** Whether the styles' container query finds the element narrow, where each service is a card. */
  @state() private narrow = false;
  /** Whether `narrow` has been read for the charter shown: its services are rendered only then. */
  private measured = false;
  /** While the page prints: the table, with every service. */
  @state() private printing = false;
  /** How many services are rendered: `step` more each frame until all are. */
  @state() private limit = FIRST_STEP;
  /** Services a frame: as many as take about STEP_MS of script on this device, by the last frame's measure. */
  private step = FIRST_STEP;
  private stepStarted?: number;
  private shownCharter?: Charter;
  /** What the next render shows, and how many services it has in all: worked out once an update. */
  private shown?: { charter: Charter; view: CharterView; total: number };
  /** Whether the charter shown is a preview, which the whole charter continues. */
  private previewed = false;
  private nextBatch?: number;
  private scrolledTo = '';
  private readonly announcer = new Announcer(this);
  // For a change of width only (the element grows taller with every frame of services), and in the next frame: a
  // change of layout within the observer's callback resizes the element again, which the browser reports as an error
  // ("ResizeObserver loop completed with undelivered notifications").
  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    const width = entry.contentRect.width;
    if (width === this.observedWidth) return;
    this.observedWidth = width;
    requestAnimationFrame(() => this.measure());
  });
  private observedWidth?: number;

  private readonly onHashChange = () => {
    this.target = hashTarget();
    this.scrolledTo = '';
  };

  private readonly printMedia = matchMedia('print');

  /**
   * Printing needs the table with every service, in place before the browser lays out the pages: `beforeprint` comes
   * first in Chromium and Firefox, the print media query's change in Safari and under emulated print media.
   */
  private readonly onPrint = (event: Event) => {
    const printing = event.type === 'beforeprint' || (event.type === 'change' && this.printMedia.matches);
    if (printing === this.printing) return;
    this.printing = printing;
    if (!printing) return;
    this.limit = Infinity;
    this.performUpdate();
  };

  connectedCallback(): void {
    super.connectedCallback();
    adoptPrintPageSize();
    window.addEventListener('hashchange', this.onHashChange);
    for (const type of ['beforeprint', 'afterprint']) addEventListener(type, this.onPrint);
    this.printMedia.addEventListener('change', this.onPrint);
    this.resizeObserver.observe(this);
    this.onHashChange();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    for (const type of ['beforeprint', 'afterprint']) removeEventListener(type, this.onPrint);
    this.printMedia.removeEventListener('change', this.onPrint);
    this.resizeObserver.disconnect();
    cancelAnimationFrame(this.nextBatch ?? 0);
  }

  /**
   * Reads the layout from the styles, whose container query sets `--_narrow` on the charter: one test of the width,
   * which also holds where the page's CSS leaves the element no container (an inline host: tables).
   */
  private measure(): void {
    const charter = this.renderRoot.querySelector('.charter');
    if (!charter) return;
    this.narrow = getComputedStyle(charter).getPropertyValue('--_narrow').trim() === '1';
    if (!this.measured) this.requestUpdate();
    this.measured = true;
  }

  // Before the update, so that emptying the live region is part of it rather than an update of its own.
  protected willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('query') && changed.get('query') !== undefined) this.announceMatches(this.query);
    const state = this.charterState;
    // Until a large charter is ready, its first services (a preview) where the skeleton would be, when every service
    // shows: no static HTML, group or query.
    const preview = state.status === 'loading' && !this.hasStaticContent && !this.group && !this.query;
    const charter = state.status === 'ready' ? state.charter : preview ? state.preview : undefined;
    if (charter && charter !== this.shownCharter) {
      // A new charter starts again from its first services, once its layout is known (see updated); the whole charter
      // after its preview goes on from them.
      if (!this.previewed) {
        const large = state.status !== 'ready' || charter.services.length > BATCHED_FROM;
        this.limit = large ? FIRST_STEP_LARGE : FIRST_STEP;
        this.measured = false;
      }
      this.shownCharter = charter;
    }
    this.previewed = state.status === 'loading' && !!charter;
    this.shown = charter && { charter, ...this.view(charter) };
  }

  /**
   * Shadow DOM hides the rows from the browser's own fragment navigation: scroll to the target here, once it shows
   * and the fonts (which change the rows' heights) have loaded. Then the next batch of services, after a frame.
   */
  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    // The first render of a charter has no services yet: the layout is read from it, and they come in the next,
    // before the frame is painted.
    if (!this.measured) return this.measure();
    if (this.stepStarted !== undefined) {
      const perService = (performance.now() - this.stepStarted) / this.step;
      this.step = Math.min(Math.max(Math.round(STEP_MS / perService), MIN_STEP), MAX_STEP);
      this.stepStarted = undefined;
    }
    this.scheduleBatch();
    if (!this.target || this.scrolledTo === this.target) return;
    // The row in a table or the card in a narrow container, whichever shows.
    const row = this.renderRoot.querySelector<HTMLElement>('.target');
    if (!row) return;
    this.scrolledTo = this.target;
    void document.fonts.ready.then(() => {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      row.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      row.focus({ preventScroll: true });
    });
  }

  private scheduleBatch(): void {
    if (!this.shown || this.nextBatch || this.limit >= this.shown.total) return;
    // A frame first, so that what is rendered so far paints before the next batch.
    this.nextBatch = requestAnimationFrame(() =>
      setTimeout(() => {
        this.nextBatch = undefined;
        this.stepStarted = performance.now();
        this.limit += this.step;
      }),
    );
  }

  render() {
    if (this.shown) return renderCharter(this.shown.charter, this.shown.view);
    if (this.charterState.status === 'loading' && !this.hasStaticContent) return this.renderSkeleton();
    return this.renderCharterState();
  }

  private readonly live: Omit<LiveView, 'target' | 'announcement' | 'printPreview'> = {
    copyLink: (serviceId) => void this.copyLink(serviceId),
    skipServices: (event) => this.skipServices(event),
  };

  private view(charter: Charter): { view: CharterView; total: number } {
    const ids = this.matchingIds(charter);
    const filter = ids && { query: this.query, ids };
    const groupIds = idsIn(this.group);
    const services = shownGroups(charter, { groupIds, filter }).flatMap((group) => group.services);
    // The service the URL points to is among the first rendered, however far down it is.
    const target = this.target ? services.findIndex((service) => service.id === this.target) : -1;
    const limit = target < 0 ? this.limit : Math.max(this.limit, Math.ceil((target + 1) / BATCH) * BATCH);
    const view: CharterView = {
      locale: this.locale,
      layout: this.narrow && !this.printPreview && !this.printing ? 'cards' : 'table',
      sections: shownSections(charter, idsIn(this.sections?.toLowerCase())),
      groupIds,
      filter,
      limit: this.measured ? limit : 0,
      live: { ...this.live, target: this.target, announcement: this.announcer.text, printPreview: this.printPreview },
    };
    return { view, total: services.length };
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

  /** The skip link: focus goes to the end of the services, so that the next Tab leaves them. */
  private skipServices(event: Event): void {
    event.preventDefault();
    const end = this.renderRoot.querySelector<HTMLElement>('.services-end')!;
    // In the Tab order while it has focus: from an element out of it, Chromium's Tab goes back to the shadow root's
    // first stop instead of on.
    end.tabIndex = 0;
    end.focus();
    end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
  }

  private async copyLink(serviceId: string): Promise<void> {
    const link = `${location.href.split('#')[0]}#${serviceId}`;
    const copied = await copyText(link);
    this.announcer.say(
      this.inOwnLocale(() =>
        copied
          ? msg('লিংক কপি হয়েছে।', { id: 'link-copied' })
          : msg(str`লিংক কপি করা যায়নি। লিংকটি: ${link}`, { id: 'link-not-copied' }),
      ),
    );
  }
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
