import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { Charter } from '../model/charter.js';
import type { Locale } from '../model/text.js';
import {
  assembleSnippet,
  charterHtml as charterHtmlWith,
  type SnippetOptions,
  type SnippetResult,
  type StaticRenderer,
} from './assemble.js';

/**
 * The static-first snippet (assemble.ts) in Node, for the command line: Lit's server renderer writes the elements'
 * own templates, so the static HTML and the elements show the same markup.
 */
export type { SnippetOptions, SnippetResult };

const serverRender: StaticRenderer = (template) => collectResultSync(render(template));

/** The snippet for a charter JSON text; an invalid charter gives the validator's error instead. */
export function renderSnippet(json: string, options: SnippetOptions = {}): Promise<SnippetResult> {
  return assembleSnippet(json, options, serverRender);
}

/** The whole charter as static HTML: the markup `<charter-services>` renders, as a table in every width. */
export function charterHtml(charter: Charter, locale: Locale): Promise<string> {
  return charterHtmlWith(charter, locale, serverRender);
}
