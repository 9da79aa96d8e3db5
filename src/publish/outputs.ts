/**
 * What the publishing page gives away, and its live preview: the static-first snippet written in the browser (Lit's
 * client renderer writes the elements' templates, where the command line uses its server renderer: the rest of the
 * snippet is the same code, src/snippet/assemble.ts), the files to upload as a zip, and the preview page.
 */
import { strToU8, zipSync } from 'fflate';
import { render } from 'lit';
import type { CharterData } from '../model/charter.js';
import { jsonInScript } from '../model/json-ld.js';
import { type Locale, textIn } from '../model/text.js';
import { assembleSnippet, type SnippetOptions, type SnippetResult, type StaticRenderer } from '../snippet/assemble.js';

/**
 * The drop-in files the page carries inside itself (scripts/build-publish.mjs puts them in): the classic script (one
 * file that works alone), the stylesheet of the snippet's static HTML, and the search glossary.
 */
export interface Assets {
  script: string;
  css: string;
  glossary: string;
}

/** Renders into an element that is in no document, and reads its HTML. */
const clientRender: StaticRenderer = (template) => {
  const box = document.createElement('div');
  render(template, box);
  return box.innerHTML;
};

/** The snippet for a charter, as `charter-widgets render` writes it. */
export function browserSnippet(json: string, options: SnippetOptions): Promise<SnippetResult> {
  return assembleSnippet(json, options, clientRender);
}

/** The files of the drop-in script, as the upload zip and the snippet name them. */
export const FILES = {
  json: 'charter.json',
  script: 'charter-widgets.js',
  css: 'charter-widgets.css',
  glossary: 'charter-widgets.glossary.json',
  page: 'charter.html',
};

/**
 * The zip to upload: the charter JSON, the classic drop-in script (one file with everything; as charter-widgets.js),
 * its stylesheet and glossary, and a page with the snippet that fetches charter.json. Fails as the snippet does.
 */
export async function uploadZip(
  json: string,
  assets: Assets,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const snippet = await browserSnippet(json, { locale, script: FILES.script, src: FILES.json });
  if (!snippet.ok) return undefined;
  const page = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(textIn(snippet.charter.data.office.name, locale)?.value ?? '')}</title>
</head>
<body>
<!-- Paste what is between these lines into your site's page, and put the other files beside it. -->
${snippet.html}<!-- end of the charter -->
</body>
</html>
`;
  // A copy that Blob takes as it is (fflate's array may be typed over a shared buffer).
  return new Uint8Array(
    zipSync({
      [FILES.json]: strToU8(json),
      [FILES.script]: strToU8(assets.script),
      [FILES.css]: strToU8(assets.css),
      [FILES.glossary]: strToU8(assets.glossary),
      [FILES.page]: strToU8(page),
    }),
  );
}

/**
 * The preview: a page of its own (an iframe, so its width, language and print layout are its own) with the three
 * elements and the classic script, showing the charter as it was when the preview opened; the page sets their
 * `charter` property as it changes, and the language. The script looks for its
 * glossary beside itself, which an inline script has not: the preview hands it the one in this page.
 */
export function previewDocument(assets: Assets, data: CharterData): string {
  const glossary = `const glossary = ${jsonInScript(JSON.parse(assets.glossary))};
    const fetchOther = window.fetch.bind(window);
    window.fetch = (url, init) => String(url).endsWith('${FILES.glossary}')
      ? Promise.resolve(new Response(JSON.stringify(glossary))) : fetchOther(url, init);`;
  return `<!doctype html>
<html lang="bn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0.5rem; font-family: system-ui, sans-serif; } officer-contact { margin-top: 1rem; } [hidden] { display: none !important; }</style>
<script>${glossary}</script>
<script>${assets.script.replace(/<\/script/gi, '<\\/script')}</script>
</head>
<body>
<script type="application/json" id="preview-data">${jsonInScript(data)}</script>
<service-search for="preview-services" src="#preview-data"></service-search>
<charter-services id="preview-services" src="#preview-data"></charter-services>
<officer-contact src="#preview-data" hidden></officer-contact>
</body>
</html>`;
}

/** Hands the preview's elements a charter: parsed in the preview's own window, as its elements expect. */
export function showInPreview(frame: HTMLIFrameElement, data: CharterData, officer: string | undefined): void {
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return;
  const charter = win.JSON.parse(JSON.stringify(data)) as unknown;
  for (const el of doc.querySelectorAll('service-search, charter-services, officer-contact'))
    (el as Element & { charter: unknown }).charter = charter;
  const contact = doc.querySelector('officer-contact');
  if (officer) contact?.setAttribute('officer', officer);
  contact?.toggleAttribute('hidden', !officer);
}

/** Offers bytes or text as a file to save. */
export function download(name: string, content: BlobPart, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
