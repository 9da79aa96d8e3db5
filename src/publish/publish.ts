/**
 * The publishing page's script (scripts/build-publish.mjs bundles it into dist/publish.html): the page's UI follows
 * `<html lang>`, which its language buttons set, and opens in the language chosen last.
 */
import { followDocumentLang, partMessagesLoading } from '../i18n/locale.js';
import { CharterPublish } from './publish-page.js';
import { loadLanguage } from './store.js';

document.documentElement.lang = loadLanguage() ?? document.documentElement.lang;
// The page shows the widgets' error messages (a charter that cannot be read, a field's problem) in its language.
void partMessagesLoading('errors');
customElements.define('charter-publish', CharterPublish);
followDocumentLang();
