// Search quality: runs every query of tests/search-queries.json through our engine (src/search, as it is in the
// working tree), Fuse.js and MiniSearch with their defaults, prints top-1 and top-3 hit rates per category and writes
// them into the quality section of docs/search-report.md. Usage: npm run search-quality
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { bundleEngine, docOf, KEYS, markdownTable, read, REPORT, root, writeSection } from './search-common.mjs';

const CATEGORIES = ['exact', 'variant', 'nukta', 'compound', 'typo', 'digits', 'english', 'romanized', 'partial'];

// Our engine, through its public API only, bundled from the TypeScript sources as they are now.
const outDir = root + 'node_modules/.cache/search-quality/';
mkdirSync(outDir, { recursive: true });
await bundleEngine({ format: 'esm', platform: 'node', outfile: outDir + 'engine.mjs' });
const { charterFromJson, serviceIndexOf } = await import(pathToFileURL(outDir + 'engine.mjs').href);


// Each engine: (charter model) => (query) => service ids, best first.
const version = (name) => JSON.parse(read(`node_modules/${name}/package.json`)).version;
const ENGINES = [
  ['ours', (charter) => (q) => serviceIndexOf(charter).search(q).map((hit) => hit.entry.service.id)],
  [
    `Fuse.js ${version('fuse.js')}`,
    (charter) => {
      const fuse = new Fuse(charter.services.map((e) => docOf(e.service)), { keys: KEYS });
      return (q) => fuse.search(q).map((r) => r.item.id);
    },
  ],
  ...[
    ['', undefined],
    [', prefix + fuzzy 0.2', { prefix: true, fuzzy: 0.2 }],
  ].map(([label, options]) => [
    `MiniSearch ${version('minisearch')}${label}`,
    (charter) => {
      const mini = new MiniSearch({ fields: KEYS, storeFields: ['id'] });
      mini.addAll(charter.services.map((e) => docOf(e.service)));
      return (q) => mini.search(q, options).map((r) => r.id);
    },
  ]),
];

const charters = {};
for (const id of ['kalukhali-doict', 'magura-dio', 'amalsar-up']) {
  const result = charterFromJson(JSON.parse(read(`data/${id}.json`)), id);
  if (!result.ok) throw new Error(`data/${id}.json does not validate`);
  charters[id] = { charter: result.charter, search: ENGINES.map(([, make]) => make(result.charter)) };
}

const queries = JSON.parse(read('tests/search-queries.json'));
for (const q of queries) {
  const charter = charters[q.charter]?.charter;
  const problem = !charter
    ? `unknown charter "${q.charter}"`
    : !CATEGORIES.includes(q.category)
      ? `unknown category "${q.category}"`
      : !q.expect?.length
        ? 'no expected services'
        : q.expect.filter((id) => !charter.serviceById.has(id)).map((id) => `no service "${id}"`).join(', ');
  if (problem) throw new Error(`tests/search-queries.json, query "${q.query}": ${problem}`);
}

// found[engine][query] = [top-1, top-3]; ours also keeps what it returned first, for the list of misses.
const found = ENGINES.map(() => []);
const misses = [];
for (const q of queries) {
  const { charter, search } = charters[q.charter];
  search.forEach((run, e) => {
    const ids = run(q.query);
    const within = (k) => ids.slice(0, k).some((id) => q.expect.includes(id));
    found[e].push([within(1), within(3)]);
    if (e === 0 && !within(3)) misses.push({ ...q, first: ids[0] && charter.serviceById.get(ids[0]).service });
  });
}

const percent = (part, whole) => Math.round((100 * part) / whole);
const rows = [
  ...CATEGORIES.map((category) => [category, (q) => q.category === category]),
  ['**overall**', () => true],
  ['**overall without romanized**', (q) => q.category !== 'romanized'],
].map(([label, keep]) => {
  const picked = queries.map((q, i) => (keep(q) ? i : -1)).filter((i) => i >= 0);
  const rate = (hits, k) => percent(picked.filter((i) => hits[i][k]).length, picked.length);
  const rates = found.flatMap((hits) => [rate(hits, 0), rate(hits, 1)]);
  return [label, picked.length, ...rates];
});
const header = ['category', 'queries', ...ENGINES.flatMap(([name]) => [`${name} top-1`, `${name} top-3`])];
const cells = rows.map(([label, n, ...rates]) => [label, n, ...rates.map((rate) => `${rate} %`)]);
const table = markdownTable(header, cells);
const aim = rows.at(-1)[3]; // ours, top-3, overall without romanized
const nameOf = (service) => (typeof service.name === 'string' ? service.name : service.name.bn ?? service.name.en);

const section = `## Quality

\`npm run search-quality\`: ${queries.length} queries (\`tests/search-queries.json\`) over the seed and both sample
charters, typed as people type them. A query is found at top-k when any of its expected services is among the first k
results. Our engine is \`serviceIndexOf(charter).search(query)\` from \`src/search/\` as it was when the script ran. The
libraries get the same twelve fields (name, delivery, documents, documentsSource, fee text and time limit text, in
Bangla and English) and their defaults: Fuse.js \`new Fuse(docs, { keys })\`, MiniSearch
\`new MiniSearch({ fields, storeFields: ['id'] })\` with \`search(query)\`, and once more with
\`search(query, { prefix: true, fuzzy: 0.2 })\`.

${table}

Aim: top-3 at least 95 % on everything but romanized Bangla. Ours: ${aim} %, ${aim >= 95 ? 'met' : 'not met'}.
The analyzer's rules (the sound key for romanized Bangla, the folded doubled consonants) were adjusted after
looking at this set's misses, so these figures flatter it; queries written afresh would measure it fairly.

### Queries our engine misses at top-3 (${misses.length})

${
  misses.length
    ? [
        '| query | category | charter | expected | first result |',
        '| --- | --- | --- | --- | --- |',
        ...misses.map(
          (m) =>
            `| ${m.query} | ${m.category} | ${m.charter} | ${m.expect.join(', ')} | ` +
            `${m.first ? `${m.first.id} ${nameOf(m.first)}` : 'nothing'} |`,
        ),
      ].join('\n')
    : 'None.'
}`;

console.log(section);
writeSection('quality', section);
console.log(`\nwrote the quality section of ${REPORT}`);
