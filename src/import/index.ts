/** The importer and validator, for the command line (bin/charter-widgets.mjs) and for pages that import charters. */
export { describeFailure, importCharter, type ImportFailure, type ImportOutcome } from './import-charter.js';
export type { ImportReport } from './import-lines.js';
export { validateFile, type FileProblem } from './validate-file.js';
export { describeIssue } from '../model/validate.js';
export { charterHtml, renderSnippet, type SnippetOptions, type SnippetResult } from '../snippet/snippet.js';
export { LOCALES } from '../i18n/locales.js';
