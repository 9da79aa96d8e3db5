import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { type CharterView, renderCharter, shownSections } from '../charter-services/charter-view.js';
import { setLocale } from '../i18n/locale.js';
import { type Charter, type CharterError, charterFromText } from '../model/charter.js';
import { charterJsonLd, jsonInScript } from '../model/json-ld.js';
import { type Locale, textIn } from '../model/text.js';
import { VERSION } from '../version.js';

/**
 * Static first: the HTML a webmaster pastes into a page, with the charter written out in it (the header, vision and
 * mission, every service table with its officers' `tel:` and `mailto:` links, expectations, grievance redress), so a
 * browser without JavaScript shows and prints it and a crawler reads it; then the drop-in script's elements take over
 * the same boxes. The elements' own templates write it (Lit's server renderer), so both show the same markup.
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

/** The id of the snippet's `<charter-services>`, which its search box filters. */
const SERVICES_ID = 'citizen-charter';
/** The id of the snippet's inline charter JSON. */
const DATA_ID = 'citizen-charter-data';

/** The snippet for a charter JSON text; an invalid charter gives the validator's error instead. */
export async function renderSnippet(json: string, options: SnippetOptions = {}): Promise<SnippetResult> {
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
    `<script type="module" src="${escapeAttribute(script)}"></script>`,
    src
      ? `<link rel="preload" href="${escapeAttribute(src)}" as="fetch" crossorigin>`
      : `<script type="application/json" id="${DATA_ID}">${jsonInScript(charter.data)}</script>`,
    `<script type="application/ld+json">${jsonInScript(charterJsonLd(charter, locale))}</script>`,
    search ? `<service-search for="${SERVICES_ID}" src="${escapeAttribute(source)}"></service-search>` : '',
    `<charter-services id="${SERVICES_ID}" src="${escapeAttribute(source)}">${await charterHtml(charter, locale)}</charter-services>`,
  ];
  return { ok: true, html: `${lines.filter(Boolean).join('\n')}\n`, charter };
}

/** The whole charter as static HTML: the markup `<charter-services>` renders, as a table in every width. */
export async function charterHtml(charter: Charter, locale: Locale): Promise<string> {
  await useLocale(locale);
  const view: CharterView = { locale, layout: 'table', sections: shownSections(charter, []), groupIds: [], limit: Infinity };
  // Lit's markers are for hydration, which the elements do not do: they render afresh in their shadow roots.
  return collectResultSync(render(renderCharter(charter, view))).replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '');
}

/**
 * Sets the messages' locale. @lit/localize announces the change on `window`, which Node lacks: there an event target
 * stands in for it while the locale loads.
 */
async function useLocale(locale: Locale): Promise<void> {
  const global = globalThis as { window?: unknown };
  const standIn = global.window === undefined;
  if (standIn) global.window = new EventTarget();
  try {
    await setLocale(locale);
  } finally {
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
