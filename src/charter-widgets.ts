/**
 * The drop-in script as an ES module: defines <charter-services> at once, and <officer-contact> and
 * <service-search> when the page first has one, so a page with the table alone never downloads their code
 * (charter-widgets.officer-contact.js and charter-widgets.service-search.js, beside this file).
 */
import { defineOnFirstUse } from './define.js';
import { withMessages } from './i18n/locale.js';
import { SEARCH_ROOM_CSS } from './service-search/search-room.js';

// Each with its messages in the page's locales (src/i18n/locale.ts).
defineOnFirstUse(
  'officer-contact',
  async () => (await withMessages('officer', import('./officer-contact/officer-contact.js'))).OfficerContact,
);
defineOnFirstUse(
  'service-search',
  async () => (await withMessages('search', import('./service-search/service-search.js'))).ServiceSearch,
  SEARCH_ROOM_CSS,
);

export * from './core.js';
