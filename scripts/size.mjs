// Prints the drop-in scripts' sizes (minified, gzip, brotli) and fails when one is over its budget in size-budget.json.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
// The glossary (loaded on the first search) and the static snippet's stylesheet: their sizes are shown, not budgeted.
const files = [
  'dist/charter-widgets.js',
  'dist/charter-widgets.officer-contact.js',
  'dist/charter-widgets.service-search.js',
  'dist/charter-widgets.search.js',
  'dist/charter-widgets.en.js',
  'dist/charter-widgets.errors.js',
  'dist/charter-widgets.vcard.js',
  'dist/charter-widgets.classic.js',
  'dist/charter-widgets.css',
  'dist/charter-widgets.glossary.json',
];
let over = false;
const brotliOf = {};

for (const file of files) {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  brotliOf[file] = brotli;
  const limit = budget[file];
  const verdict = limit === undefined ? '' : brotli > limit ? `  OVER budget ${limit}` : `  (budget ${limit})`;
  console.log(`${file}: ${kb(code.length)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli${verdict}`);
  if (limit !== undefined && brotli > limit) over = true;
}
const bytes = (...names) => names.reduce((sum, name) => sum + brotliOf[`dist/charter-widgets.${name}`], 0);
// What each kind of page loads: the table alone; with a search box (its element, then its code on the first search);
// with the officer card too; the English messages on an English page.
const kinds = [
  ['the table only', ['js']],
  ['with search', ['js', 'service-search.js', 'search.js']],
  ['with search and an officer card', ['js', 'service-search.js', 'search.js', 'officer-contact.js']],
];
for (const [locale, extra] of [
  ['Bangla', []],
  ['English', ['en.js']],
])
  console.log(
    `script a page loads in ${locale} (ES module, brotli): ` +
      kinds
        .map(([kind, names]) => `${kind} ${bytes(...names, ...extra)} bytes (${kb(bytes(...names, ...extra))})`)
        .join(', '),
  );
if (over) {
  console.error('size: the drop-in script is over its budget (size-budget.json)');
  process.exit(1);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
