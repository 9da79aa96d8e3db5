import { html, nothing, type TemplateResult } from 'lit';
import type { Text } from '../generated/charter-data.js';
import { type Locale, textIn } from '../model/text.js';

/**
 * A charter text in the UI locale, as text (never as HTML). Each element's root carries `lang` of the UI locale, so
 * only a text shown in the other language, for want of a translation, needs a `lang` of its own.
 */
export function renderText(text: Text | undefined, locale: Locale): TemplateResult | string | typeof nothing {
  const shown = textIn(text, locale);
  if (!shown) return nothing;
  return shown.lang === locale ? shown.value : html`<span lang=${shown.lang}>${shown.value}</span>`;
}
