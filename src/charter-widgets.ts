/**
 * The drop-in script as an ES module: defines <charter-services> at once, and <officer-contact> and
 * <service-search> when the page first has one, so a page with the table alone never downloads their code
 * (charter-widgets.officer-contact.js and charter-widgets.service-search.js, beside this file).
 */
import { defineOnFirstUse } from './define.js';
import { partMessagesLoading } from './i18n/locale.js';
import { SEARCH_ROOM_CSS } from './service-search/search-room.js';

// Each with its messages in the page's locales (src/i18n/locale.ts).
defineOnFirstUse('officer-contact', async () => {
  const [code] = await Promise.all([import('./officer-contact/officer-contact.js'), partMessagesLoading('officer')]);
  return code.OfficerContact;
});
defineOnFirstUse(
  'service-search',
  async () => {
    const [code] = await Promise.all([import('./service-search/service-search.js'), partMessagesLoading('search')]);
    return code.ServiceSearch;
  },
  SEARCH_ROOM_CSS,
);

export * from './core.js';
