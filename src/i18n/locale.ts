import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { MsgFn, TemplateMap } from '@lit/localize/internal/types.js';
import { LOCALE_MESSAGES, PART_MESSAGES } from '../generated/locale-messages.js';
import { type Locale, LOCALES, localeOfLang, SOURCE_LOCALE } from './locales.js';

type TargetLocale = Exclude<Locale, typeof SOURCE_LOCALE>;
type MessagesLoader = () => Promise<{ templates: TemplateMap }>;
/** Messages that only one file of the script uses, loaded with it (scripts/split-messages.mjs). */
type MessagePart = keyof typeof PART_MESSAGES;

/**
 * Each target locale's messages, which lit-localize generates from xliff/CODE.xlf (lit-localize.json's targetLocales
 * are the locales of src/i18n/locales.ts but the source), and apart from them, by part, those that only one file of
 * the script uses. A locale's messages are loaded when a page or an element is first in it, a part's when its file is
 * wanted too: the ES module build puts each in a file of its own beside the script, the classic script holds them.
 * Typed here: a locale of the list without messages does not compile.
 */
const MESSAGES: Record<'main' | MessagePart, Record<TargetLocale, MessagesLoader>> = {
  main: LOCALE_MESSAGES,
  ...PART_MESSAGES,
};

/** The messages of each locale loaded so far (the source locale needs none), and its parts loaded or loading. */
const loadedMessages = new Map<Locale, TemplateMap>();
const loadedParts = new Set<string>();
const loadingParts = new Map<string, Promise<void>>();
/** The locales the page has asked for, and the parts wanted in them. */
const usedLocales = new Set<TargetLocale>();
const wantedParts = new Set<'main' | MessagePart>(['main']);

function partLoading(locale: TargetLocale, part: 'main' | MessagePart): Promise<void> | undefined {
  const key = `${locale} ${part}`;
  if (loadedParts.has(key)) return undefined;
  let loading = loadingParts.get(key);
  if (!loading) {
    loading = MESSAGES[part][locale]().then(
      ({ templates }) => {
        loadedMessages.set(locale, { ...loadedMessages.get(locale), ...templates });
        loadedParts.add(key);
      },
      (error: unknown) => {
        loadingParts.delete(key);
        throw error;
      },
    );
    loadingParts.set(key, loading);
  }
  return loading;
}

/** Loads a locale's messages and the parts wanted, once; undefined when they are in. */
export function messagesLoading(locale: Locale): Promise<void> | undefined {
  if (locale === SOURCE_LOCALE) return undefined;
  usedLocales.add(locale);
  const loading = [...wantedParts].map((part) => partLoading(locale, part)).filter((part) => part !== undefined);
  return loading.length ? Promise.all(loading).then(() => undefined) : undefined;
}

/**
 * A file of the script with messages of its own is wanted: loads them in every locale the page has asked for. Never
 * rejects: messages that cannot be had show in the source locale (each element asks again before it renders).
 */
export function partMessagesLoading(part: MessagePart): Promise<void> {
  wantedParts.add(part);
  return Promise.all([...usedLocales].map(messagesLoading)).then(
    () => undefined,
    () => undefined,
  );
}

/** A file of the script being imported, once it and its messages (`part`), loaded side by side, are in. */
export async function withMessages<T>(part: MessagePart, code: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([code, partMessagesLoading(part)]);
  return loaded;
}

let pageLocale: Locale = SOURCE_LOCALE;
/** The locale of the element rendering now (src/base/charter-element.ts), when msg() is to answer in it. */
let renderingLocale: Locale | undefined;

// lit-localize's own msg() for its runtime mode, with the messages of the element rendering, else of the page: one
// page may show an English widget among Bangla ones (configureLocalization knows one locale a page).
_installMsgImplementation(((template, options) =>
  runtimeMsg(loadedMessages.get(renderingLocale ?? pageLocale), template, options)) as MsgFn);

/** Runs `work` (an element's update, or a message it makes after a click) with msg() answering in `locale`. */
export function inRenderingLocale<T>(locale: Locale, work: () => T): T {
  const outer = renderingLocale;
  renderingLocale = locale;
  try {
    return work();
  } finally {
    renderingLocale = outer;
  }
}

let requestedLocale: Locale = SOURCE_LOCALE;
let loadingLocale: Promise<void> | undefined;

/** The page's UI locale, of every element without a `lang` of its own: `bn` (the source) unless set. */
export function getLocale(): Locale {
  return pageLocale;
}

/**
 * Sets the UI locale of every charter element on the page without a `lang` of its own, once its messages are loaded;
 * of several calls, the last wins. A later change of `<html lang>` sets it again.
 */
export function setLocale(locale: Locale): Promise<void> {
  // A page script's call is not type-checked.
  if (!Object.hasOwn(LOCALES, locale)) throw new Error(`charter-widgets: no locale "${locale}"`);
  requestedLocale = locale;
  const loading = Promise.resolve(messagesLoading(locale))
    .then(() => {
      if (requestedLocale !== locale || pageLocale === locale) return;
      pageLocale = locale;
      // What lit-localize's runtime announces: every @localized() element updates.
      const detail: LocaleStatusEventDetail = { status: 'ready', readyLocale: locale };
      window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));
    })
    .finally(() => {
      if (loadingLocale === loading) loadingLocale = undefined;
    });
  loadingLocale = loading;
  return loading;
}

/** Settles once the locale last set is loaded: the elements render only then, so an English page never shows Bangla first. */
export function localeLoaded(): Promise<void> | undefined {
  return loadingLocale;
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
