import { html, nothing, type TemplateResult } from 'lit';
import type { Text } from '../generated/charter-data.js';
import { linkify } from '../model/linkify.js';
import { type Locale, type ShownText, textIn } from '../model/text.js';

/**
 * The `lang` a shown text needs: each element's root carries `lang` of the UI locale, so only a text shown in the
 * other language, for want of a translation, needs one of its own.
 */
export function langIfOther(shown: ShownText, locale: Locale): Locale | typeof nothing {
  return shown.lang === locale ? nothing : shown.lang;
}

/** A charter text in the UI locale, as text (never as HTML), in a span with its `lang` when that differs. */
export function renderText(text: Text | undefined, locale: Locale): TemplateResult | string | typeof nothing {
  const shown = textIn(text, locale);
  if (!shown) return nothing;
  return shown.lang === locale ? shown.value : html`<span lang=${shown.lang}>${shown.value}</span>`;
}

/** A charter text as printed, with the phone numbers, e-mail addresses and websites in it made links. */
export function renderLinkedText(text: Text | undefined, locale: Locale): TemplateResult | typeof nothing {
  const shown = textIn(text, locale);
  if (!shown) return nothing;
  const content = linkify(shown.value).map((segment) =>
    segment.href ? html`<a href=${segment.href}>${breakableAddress(segment.text)}</a>` : segment.text,
  );
  return html`<span lang=${langIfOther(shown, locale)}>${content}</span>`;
}

/**
 * An e-mail or web address with a line break allowed after each @ and dot, so that a long one wraps between its parts
 * rather than inside a word or past its box.
 */
export function breakableAddress(address: string): (string | TemplateResult)[] {
  return address.split(/(?<=[@.])/).map((part, i) => (i ? html`<wbr />${part}` : part));
}
