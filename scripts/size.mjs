// Prints the drop-in scripts' sizes (minified, gzip, brotli) and fails when one is over its budget in size-budget.json.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
// Every file with a budget (a locale's messages among them, README "Adding a locale"); the glossary (loaded on the
// first search) and the static snippet's stylesheet: their sizes are shown, not budgeted.
const files = [
  ...Object.keys(budget).filter((file) => file.startsWith('dist/')),
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
// with the officer card too. A page in a target locale loads its messages too, and those of the parts it has
// (scripts/split-messages.mjs). The table alone is held to the entry's budget in every locale (issue 13).
const kinds = [
  ['the table only', ['js'], []],
  ['with search', ['js', 'service-search.js', 'search.js'], ['search']],
  [
    'with search and an officer card',
    ['js', 'service-search.js', 'search.js', 'officer-contact.js'],
    ['search', 'officer'],
  ],
];
const { targetLocales } = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
for (const locale of ['bn', ...targetLocales]) {
  const messages = (parts) => (locale === 'bn' ? [] : [`${locale}.js`, ...parts.map((part) => `${locale}.${part}.js`)]);
  const sizes = kinds.map(([kind, names, parts]) => [kind, bytes(...names, ...messages(parts))]);
  console.log(
    `script a page loads in ${locale} (ES module, brotli): ` +
      sizes.map(([kind, size]) => `${kind} ${size} bytes (${kb(size)})`).join(', '),
  );
  const tableOnly = sizes[0][1];
  if (tableOnly > budget['dist/charter-widgets.js']) {
    console.error(
      `size: a page with the table alone in ${locale} loads ${tableOnly} bytes, over ${budget['dist/charter-widgets.js']}`,
    );
    over = true;
  }
}
if (over) {
  console.error('size: the drop-in script is over its budget (size-budget.json)');
  process.exit(1);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
