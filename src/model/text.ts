import type { Text } from '../generated/charter-data.js';
import { type Locale, LOCALES, SOURCE_LOCALE, textLanguages } from '../i18n/locales.js';

export type { Locale };

/** A data text in the language it is shown in, which may be another one when the charter lacks a translation. */
export interface ShownText {
  value: string;
  lang: Locale;
}

/**
 * A charter text in exactly this language, without falling back to another. A plain string is in the source locale,
 * Bangla.
 */
export function textExactly(text: Text | undefined, lang: Locale): string | undefined {
  if (typeof text === 'string') return lang === SOURCE_LOCALE ? text : undefined;
  return text?.[lang] || undefined;
}

/** Picks a charter text for a locale, falling back to the locale's fallback languages in their order. */
export function textIn(text: Text | undefined, locale: Locale): ShownText | undefined {
  for (const lang of textLanguages(locale)) {
    const value = textExactly(text, lang);
    if (value) return { value, lang };
  }
  return undefined;
}

/** Every language's string of a text, in the order of the locale list: for search and for the importer's checks. */
export function textValues(text: Text | undefined): string[] {
  return (Object.keys(LOCALES) as Locale[]).flatMap((lang) => textExactly(text, lang) ?? []);
}

/** The ten digits of a numbering system, 0 to 9, as Intl writes them. */
function digitsOf(numberingSystem: string): string[] {
  const format = new Intl.NumberFormat('en', { numberingSystem });
  return Array.from({ length: 10 }, (_, d) => format.format(d));
}

/** Per numbering system: rewrites the digits of the others (ASCII and every locale's) into its own. */
const digitRewriters = new Map<string, (value: string) => string>();

/** The value in `numberingSystem`'s digits: every digit of a locale's numbering system is rewritten. */
function withDigits(value: string, numberingSystem: string): string {
  let rewrite = digitRewriters.get(numberingSystem);
  if (!rewrite) {
    const own = digitsOf(numberingSystem);
    const others = new Map(
      ['latn', ...Object.values(LOCALES).map((info) => info.numberingSystem)]
        .filter((system) => system !== numberingSystem)
        .flatMap((system) => digitsOf(system).map((digit, n) => [digit, n] as const)),
    );
    // Only the digits to rewrite match: a value already in these digits (a phone number in ASCII) costs no call.
    const pattern = new RegExp(`[${[...others.keys()].join('')}]`, 'gu');
    rewrite = (text) => text.replace(pattern, (digit) => own[others.get(digit)!]);
    digitRewriters.set(numberingSystem, rewrite);
  }
  return rewrite(value);
}

/** ASCII digits for the digits of every locale: `১২৩` is `123` (search, the importer's numbers). */
export function toAsciiDigits(value: string): string {
  return withDigits(value, 'latn');
}

/** Digits in the script of the locale: Bangla digits in Bangla, ASCII in English. */
export function digitsFor(value: string, locale: Locale): string {
  return withDigits(value, LOCALES[locale].numberingSystem);
}
