/**
 * The drop-in script: defines <charter-services>, <officer-contact> and <service-search>, makes the UI locale follow
 * `<html lang>`, and exports what a page's own script may use.
 */
import { CharterServices } from './charter-services/charter-services.js';
import { defineElement } from './define.js';
import { followDocumentLang } from './i18n/locale.js';
import { OfficerContact } from './officer-contact/officer-contact.js';
import { ServiceSearch } from './service-search/service-search.js';

defineElement('officer-contact', OfficerContact);
defineElement('charter-services', CharterServices);
defineElement('service-search', ServiceSearch);
followDocumentLang();

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
