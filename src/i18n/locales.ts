/**
 * The languages the widgets speak: of their UI (lit-localize's messages, xliff/CODE.xlf) and of a charter's texts
 * (`{"bn": …, "en": …}`). Adding one is an entry here, its code in lit-localize.json and its messages: README, "Adding
 * a locale". No DOM here: the model, the importer and the CLI read it too.
 */
export interface LocaleInfo<Code extends string = string> {
  /** The `lang` values it is chosen for, as prefixes: `en` is chosen for `en`, `en-GB` and `EN-us`. */
  readonly langs: readonly string[];
  /**
   * Its ten digits, 0 to 9, as written: `০১২৩৪৫৬৭৮৯`. Written out rather than asked of Intl.NumberFormat, whose first
   * use in a page loads its data: 40-90 ms of the first render on a laptop.
   */
  readonly digits: string;
  /** The languages a charter text shows in, in this order, where it lacks this one. */
  readonly fallback: readonly Code[];
}

/** The list as written, checked: every fallback is a locale of the list. */
function localeList<const List extends Record<string, LocaleInfo<keyof List & string>>>(list: List): List {
  return list;
}

export const LOCALES = localeList({
  bn: { langs: ['bn'], digits: '০১২৩৪৫৬৭৮৯', fallback: ['en'] },
  en: { langs: ['en'], digits: '0123456789', fallback: ['bn'] },
});

export type Locale = keyof typeof LOCALES;

/**
 * The source locale (lit-localize.json's sourceLocale: the messages are written in it), the charter's own language (a
 * text given as a plain string is in it), and the locale of a page whose lang no locale answers to.
 */
export const SOURCE_LOCALE = 'bn' satisfies Locale;

/** The locale a `lang` value asks for: `en-GB` is English; anything no locale answers to, or none, is Bangla. */
export function localeOfLang(lang: string): Locale {
  const asked = lang.toLowerCase();
  const answers = (prefix: string) => asked === prefix || asked.startsWith(`${prefix}-`);
  return (Object.keys(LOCALES) as Locale[]).find((locale) => LOCALES[locale].langs.some(answers)) ?? SOURCE_LOCALE;
}

/** The languages to show a charter text in, best first: the locale, then its fallbacks. */
export function textLanguages(locale: Locale): Locale[] {
  return [locale, ...LOCALES[locale].fallback];
}
