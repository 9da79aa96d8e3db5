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

/** Per set of digits: rewrites the digits of the others (ASCII and every locale's) into these. */
const digitRewriters = new Map<string, (value: string) => string>();

const ASCII_DIGITS = '0123456789';

/** The value in `digits` (ten, 0 to 9): every digit of a locale's is rewritten. */
function withDigits(value: string, digits: string): string {
  let rewrite = digitRewriters.get(digits);
  if (!rewrite) {
    const own = [...digits];
    const others = new Map(
      [ASCII_DIGITS, ...Object.values(LOCALES).map((info) => info.digits)]
        .filter((set) => set !== digits)
        .flatMap((set) => [...set].map((digit, n) => [digit, n] as const)),
    );
    // Only the digits to rewrite match: a value already in these digits (a phone number in ASCII) costs no call.
    const pattern = new RegExp(`[${[...others.keys()].join('')}]`, 'gu');
    rewrite = (text) => text.replace(pattern, (digit) => own[others.get(digit)!]);
    digitRewriters.set(digits, rewrite);
  }
  return rewrite(value);
}

/** ASCII digits for the digits of every locale: `১২৩` is `123` (search, the importer's numbers). */
export function toAsciiDigits(value: string): string {
  return withDigits(value, ASCII_DIGITS);
}

/** Digits in the script of the locale: Bangla digits in Bangla, ASCII in English. */
export function digitsFor(value: string, locale: Locale): string {
  return withDigits(value, LOCALES[locale].digits);
}
