/**
 * The room `<service-search>` takes (a label above a text field), kept for it until it is defined, so that what is
 * below it does not move down when its code comes: the ES module keeps it while it loads the search box's file, the
 * static snippet's stylesheet (scripts/build-static-css.mjs) while the script loads.
 */
export const SEARCH_ROOM_CSS =
  'service-search:not(:defined){display:block;min-height:4.7em;font-size:var(--charter-font-size,16px)}';
