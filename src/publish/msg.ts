import { msg as localizeMsg, type StrResult } from '@lit/localize';

/**
 * The publishing page's messages: @lit/localize's msg() with explicit ids, as the widgets' messages are, but not in
 * xliff/en.xlf. `lit-localize extract` puts every msg() it finds under src/ into the English that the drop-in script
 * loads on every English page of every portal (size-budget.json); the page's own words do not belong there. So this
 * alias has msg()'s function but not the type lit-localize looks for, and the page's English is ./en.ts, which the
 * page's build adds to the widgets' English (scripts/build-publish.mjs).
 */
type Options = { id: `publish-${string}` };
export const msg: { (template: string, options: Options): string; (template: StrResult, options: Options): string } =
  localizeMsg;
