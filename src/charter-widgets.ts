/**
 * The drop-in script as an ES module: defines <charter-services> at once, and <officer-contact> and
 * <service-search> when the page first has one, so a page with the table alone never downloads their code
 * (charter-widgets.officer-contact.js and charter-widgets.service-search.js, beside this file).
 */
import { defineOnFirstUse } from './define.js';
import { SEARCH_ROOM_CSS } from './service-search/search-room.js';

defineOnFirstUse('officer-contact', async () => (await import('./officer-contact/officer-contact.js')).OfficerContact);
defineOnFirstUse(
  'service-search',
  async () => (await import('./service-search/service-search.js')).ServiceSearch,
  SEARCH_ROOM_CSS,
);

export * from './core.js';
