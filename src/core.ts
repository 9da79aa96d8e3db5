/**
 * What both drop-in scripts do and export: define <charter-services>, make the UI locale follow `<html lang>`, find
 * the search glossary beside the script. charter-widgets.ts (the ES module) defines the other two elements when a page
 * first has one; charter-widgets-all.ts (the classic script, the tests, Storybook) defines them at once.
 */
import { CharterServices } from './charter-services/charter-services.js';
import { defineElement } from './define.js';
import { followDocumentLang } from './i18n/locale.js';
import type { OfficerContact } from './officer-contact/officer-contact.js';
import { setGlossarySource } from './search/glossary-source.js';
import type { ServiceSearch } from './service-search/service-search.js';

/** The search glossary's file, beside this script (the build writes it there: rollup.config.mjs). */
const GLOSSARY_FILE = 'charter-widgets.glossary.json';

defineElement('charter-services', CharterServices);
followDocumentLang();
setGlossarySource(async () => {
  const url = new URL(GLOSSARY_FILE, import.meta.url);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const lines: unknown = await response.json();
    if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string'))
      throw new Error('not a list of lines');
    return lines;
  } catch (error) {
    // Search still finds the charter's own words; say why it knows no synonyms, for the webmaster.
    console.warn(`charter-widgets: no search glossary at ${url} (${(error as Error).message})`);
    throw error;
  }
});

export { CharterServices };
export { getLocale, setLocale } from './i18n/locale.js';
export { charterFromJson, charterFromText } from './model/charter.js';
export type { Charter, CharterData, CharterError, CharterResult } from './model/charter.js';
export { validateCharter } from './model/validate.js';
export type { ValidationIssue } from './model/validate.js';
export { VERSION } from './version.js';
export type { CharterErrorDetail, CharterEventMap, CharterLoadDetail, ServiceSelectDetail } from './base/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'charter-services': CharterServices;
    'officer-contact': OfficerContact;
    'service-search': ServiceSearch;
  }
}
