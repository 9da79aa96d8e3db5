// Prints the drop-in scripts' sizes (minified, gzip, brotli) and fails when one is over its budget in size-budget.json.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
// The glossary (loaded on the first search) and the static snippet's stylesheet: their sizes are shown, not budgeted.
const files = [
  'dist/charter-widgets.js',
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
const entry = brotliOf['dist/charter-widgets.js'];
const search = brotliOf['dist/charter-widgets.search.js'];
const english = brotliOf['dist/charter-widgets.en.js'];
console.log(
  `script a page loads (ES module, brotli): ${entry} bytes (${kb(entry)}) in Bangla with the table only, ` +
    `${kb(entry + search)} with search; ${kb(entry + english)} and ${kb(entry + english + search)} in English`,
);
if (over) {
  console.error('size: the drop-in script is over its budget (size-budget.json)');
  process.exit(1);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
