/**
 * The drop-in script: defines <charter-services>, <officer-contact> and <service-search>, makes the UI locale follow
 * `<html lang>`, and exports what a page's own script may use.
 */
import { CharterServices } from './charter-services/charter-services.js';
import { defineElement } from './define.js';
import { followDocumentLang } from './i18n/locale.js';
import { OfficerContact } from './officer-contact/officer-contact.js';
import { setGlossarySource } from './search/glossary-source.js';
import { ServiceSearch } from './service-search/service-search.js';

/** The search glossary's file, beside this script (the build writes it there: rollup.config.mjs). */
const GLOSSARY_FILE = 'charter-widgets.glossary.json';

defineElement('officer-contact', OfficerContact);
defineElement('charter-services', CharterServices);
defineElement('service-search', ServiceSearch);
followDocumentLang();
setGlossarySource(async () => {
  const url = new URL(GLOSSARY_FILE, import.meta.url);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const lines: unknown = await response.json();
    if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string')) throw new Error('not a list of lines');
    return lines;
  } catch (error) {
    // Search still finds the charter's own words; say why it knows no synonyms, for the webmaster.
    console.warn(`charter-widgets: no search glossary at ${url} (${(error as Error).message})`);
    throw error;
  }
});

export { CharterServices, OfficerContact, ServiceSearch };
export { getLocale, setLocale } from './i18n/locale.js';
export { charterFromJson, charterFromText } from './model/charter.js';
export type { Charter, CharterData, CharterError, CharterResult } from './model/charter.js';
export { validateCharter } from './model/validate.js';
export type { ValidationIssue } from './model/validate.js';
export { VERSION } from './version.js';

declare global {
  interface HTMLElementTagNameMap {
    'charter-services': CharterServices;
    'officer-contact': OfficerContact;
    'service-search': ServiceSearch;
  }
}
