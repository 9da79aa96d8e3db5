import type { Text } from '../generated/charter-data.js';

export type Locale = 'bn' | 'en';

/** A data text in the language it is shown in, which may be the other one when the charter lacks a translation. */
export interface ShownText {
  value: string;
  lang: Locale;
}

/** Picks a charter text for a locale, falling back to the other language. A plain string is Bangla. */
export function textIn(text: Text | undefined, locale: Locale): ShownText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { value: text, lang: 'bn' };
  const other: Locale = locale === 'bn' ? 'en' : 'bn';
  const value = text[locale];
  if (value) return { value, lang: locale };
  const fallback = text[other];
  return fallback ? { value: fallback, lang: other } : undefined;
}

/** Both languages' strings of a text, for search and for the importer's checks. */
export function textValues(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return [text.bn, text.en].filter((v): v is string => !!v);
}

const BANGLA_ZERO = 0x09e6;

export function toBanglaDigits(value: string): string {
  return value.replace(/[0-9]/g, (d) => String.fromCharCode(BANGLA_ZERO + Number(d)));
}

export function toAsciiDigits(value: string): string {
  return value.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - BANGLA_ZERO));
}

/** Digits in the script of the locale: Bangla digits in Bangla, ASCII in English. */
export function digitsFor(value: string, locale: Locale): string {
  return locale === 'bn' ? toBanglaDigits(value) : toAsciiDigits(value);
}
