/**
 * Every element defined at once, every class exported: the entry of the classic script (one file, nothing to load
 * later), and what the tests and Storybook import.
 */
import { defineElement } from './define.js';
import { partMessagesLoading } from './i18n/locale.js';
import { OfficerContact } from './officer-contact/officer-contact.js';
import { ServiceSearch } from './service-search/service-search.js';

void partMessagesLoading('officer');
void partMessagesLoading('search');
defineElement('officer-contact', OfficerContact);
defineElement('service-search', ServiceSearch);

export * from './core.js';
export { OfficerContact, ServiceSearch };
