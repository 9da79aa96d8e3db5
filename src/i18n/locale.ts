import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Locale } from '../model/text.js';

// The English messages are loaded only by an English page: the ES module build puts them in a file of their own
// beside the script, the classic script holds them.
const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: () => import('../generated/locales/en.js'),
});

let loadingLocale: Promise<void> | undefined;

/** The active UI locale: `bn` (the source) or `en`. */
export function getLocale(): Locale {
  return localization.getLocale() as Locale;
}

/** Sets the UI locale of every charter element on the page. A later change of `<html lang>` sets it again. */
export function setLocale(locale: Locale): Promise<void> {
  const loading = localization.setLocale(locale).finally(() => {
    if (loadingLocale === loading) loadingLocale = undefined;
  });
  loadingLocale = loading;
  return loading;
}

/** Settles once the locale last set is loaded: the elements render only then, so an English page never shows Bangla first. */
export function localeLoaded(): Promise<void> | undefined {
  return loadingLocale;
}

/** `<html lang="en-GB">` is English; anything else, or none, is Bangla, the charter's own language. */
export function localeOfLang(lang: string): Locale {
  return /^en\b/i.test(lang) ? 'en' : 'bn';
}

let following = false;

/** Makes the UI locale follow `<html lang>`, now and whenever it changes. Safe to call more than once. */
export function followDocumentLang(): void {
  if (following) return;
  following = true;
  const root = document.documentElement;
  const follow = () => void setLocale(localeOfLang(root.lang));
  new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['lang'] });
  follow();
}

/**
 * Whether a count takes the singular in the UI's language ("1 service" but "2 services"; Bangla's ১টি and ২টি read
 * alike). msg() needs its strings written out, so a counted message is written twice and this chooses.
 */
export function isSingular(count: number, locale: Locale): boolean {
  return new Intl.PluralRules(locale).select(count) === 'one';
}
