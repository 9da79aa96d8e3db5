/**
 * The publishing page's script (scripts/build-publish.mjs bundles it into dist/publish.html): the page's UI follows
 * `<html lang>`, which its language buttons set.
 */
import { followDocumentLang } from '../i18n/locale.js';
import { CharterPublish } from './publish-page.js';

customElements.define('charter-publish', CharterPublish);
followDocumentLang();
