import { type CharterView, renderCharter, shownSections } from '../charter-services/charter-view.js';
import { getLocale, setLocale } from '../i18n/locale.js';
import { type Charter, type CharterError, charterFromText } from '../model/charter.js';
import { charterJsonLd, jsonInScript } from '../model/json-ld.js';
import { type Locale, textIn } from '../model/text.js';
import { VERSION } from '../version.js';

/**
 * Static first: the HTML a webmaster pastes into a page, with the charter written out in it (the header, vision and
 * mission, every service table with its officers' `tel:` and `mailto:` links, expectations, grievance redress), so a
 * browser without JavaScript shows and prints it and a crawler reads it; then the drop-in script's elements take over
 * the same boxes. The snippet's lines are written here, for the command line (snippet.ts, where Lit's server renderer
 * writes the charter's HTML) and for the publishing page (src/publish/, where Lit's client renderer does): only that
 * one step differs.
 */
export interface SnippetOptions {
  /** The language of the page it goes into: the elements follow the page's `<html lang>`. Bangla by default. */
  locale?: Locale;
  /** URL of the drop-in script; its stylesheet, charter-widgets.css, is beside it. */
  script?: string;
  /**
   * URL of the charter JSON for the elements to fetch (preloaded, so it comes with the page); without it the JSON goes
   * into the snippet, once, for every element.
   */
  src?: string;
  /** A search box above the charter (default true). */
  search?: boolean;
}

export type SnippetResult = { ok: true; html: string; charter: Charter } | { ok: false; error: CharterError };

/** Writes a charter's template out as static HTML, in the locale the messages are set to. */
export type StaticRenderer = (template: ReturnType<typeof renderCharter>) => string;

/** The id of the snippet's `<charter-services>`, which its search box filters. */
export const SERVICES_ID = 'citizen-charter';
/** The id of the snippet's inline charter JSON. */
export const DATA_ID = 'citizen-charter-data';

/** The snippet for a charter JSON text; an invalid charter gives the validator's error instead. */
export async function assembleSnippet(
  json: string,
  options: SnippetOptions,
  toHtml: StaticRenderer,
): Promise<SnippetResult> {
  const { locale = 'bn', script = 'charter-widgets.js', src, search = true } = options;
  const result = charterFromText(json, src ?? 'snippet');
  if (!result.ok) return result;
  const { charter } = result;
  const source = src ?? `#${DATA_ID}`;
  const stylesheet = script.replace(/\.m?js(?=$|[?#])/, '.css');
  const office = textIn(charter.data.office.name, locale)?.value ?? '';
  const lines = [
    `<!-- ${escapeComment(office)}: citizen charter, charter-widgets ${VERSION}. The charter is HTML below, readable`,
    `     without JavaScript; the script adds search, the phone layout and links to each service. -->`,
    `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">`,
    `<script type="module" src="${escapeAttribute(script)}" fetchpriority="low"></script>`,
    src ? `<link rel="preload" href="${escapeAttribute(src)}" as="fetch" crossorigin>` : '',
    search ? `<service-search for="${SERVICES_ID}" src="${escapeAttribute(source)}"></service-search>` : '',
    `<charter-services id="${SERVICES_ID}" src="${escapeAttribute(source)}">${await charterHtml(charter, locale, toHtml)}</charter-services>`,
    // The data after the text it is the data of: the browser shows the charter before it has read them.
    src ? '' : `<script type="application/json" id="${DATA_ID}">${jsonInScript(charter.data)}</script>`,
    `<script type="application/ld+json">${jsonInScript(charterJsonLd(charter, locale))}</script>`,
  ];
  return { ok: true, html: `${lines.filter(Boolean).join('\n')}\n`, charter };
}

/** The whole charter as static HTML: the markup `<charter-services>` renders, as a table in every width. */
export async function charterHtml(charter: Charter, locale: Locale, toHtml: StaticRenderer): Promise<string> {
  const view: CharterView = {
    locale,
    layout: 'table',
    sections: shownSections(charter, []),
    groupIds: [],
    limit: Infinity,
  };
  // Lit's markers are for hydration (server) or updates (client), which the elements do not need: they render afresh
  // in their shadow roots. The server writes <!--lit-part …--> and <?>, the client <!--?lit$…$--> and <!---->.
  const html = await inLocale(locale, () => toHtml(renderCharter(charter, view)));
  return html.replace(/<!--(?:\/?lit-(?:part|node)[^>]*|\?lit\$\d+\$|)-->|<\?>/g, '');
}

/**
 * Runs `render` with the messages in `locale`, then sets back the locale it found: in the publishing page the UI's own
 * language stays as the person chose it. @lit/localize announces a change on `window`, which Node lacks: there an
 * event target stands in for it meanwhile.
 */
async function inLocale<T>(locale: Locale, render: () => T): Promise<T> {
  const global = globalThis as { window?: unknown };
  const standIn = global.window === undefined;
  if (standIn) global.window = new EventTarget();
  const previous = getLocale();
  try {
    await setLocale(locale);
    return render();
  } finally {
    await setLocale(previous);
    if (standIn) delete global.window;
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** An office name in an HTML comment: no `--`, which would end it early. */
function escapeComment(value: string): string {
  return value.replace(/-{2,}/g, '-').replace(/[<>]/g, '');
}
