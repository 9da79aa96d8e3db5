// Search speed in headless Chromium: index build time, index heap size and keystroke-to-results time of our engine
// (src/search, as it is in the working tree) beside Fuse.js, for the seed (19 services) and charters of 1,000 and
// 10,000 services made from the real service texts. Prints a table and writes the speed section of
// docs/search-report.md. Usage: npm run bench:search
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tests/chrome-path.mjs';
import { bundleEngine, docOf, KEYS, markdownTable, read, REPORT, writeSection } from './search-common.mjs';

const SIZES = [19, 1000, 10000];
// Typed one UTF-16 unit at a time (a Bangla conjunct such as ন্ম is three keystrokes), every prefix searched.
// Few enough that Fuse.js at 10,000 services (most of a second a keystroke) keeps the run within two minutes.
const TYPED = ['প্রশিক্ষণ', 'সাইবার নিরাপত্তা', 'cyber sec', 'jonmo', 'ওয়ারিশ'].map((text) => text.normalize('NFC'));
const BUILDS = 5;


const seeds = ['kalukhali-doict', 'magura-dio', 'amalsar-up'].map((id) => JSON.parse(read(`data/${id}.json`)));
const pool = seeds.flatMap((charter) => charter.serviceGroups.flatMap((group) => group.services));

/**
 * A valid charter of n services recombined from the real ones: each name joins the first half of one real name to
 * the second half of another (in both languages, all three charters are bilingual), and delivery, documents, fee and
 * time limit come from other services. Seeded, so every run measures the same charter. Groups of 100 keep ids unique.
 */
function synthesize(n) {
  let state = n; // xorshift32
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const pick = () => pool[Math.floor(random() * pool.length)];
  const half = (text, first) => {
    const words = text.split(' ');
    const middle = Math.ceil(words.length / 2);
    return (first ? words.slice(0, middle) : words.slice(middle)).join(' ');
  };
  const join2 = (a, b) => `${half(a, true)} ${half(b, false)}`.trim();
  const serviceGroups = [];
  for (let i = 0; i < n; i++) {
    const serial = (i % 100) + 1;
    if (serial === 1) serviceGroups.push({ id: `g${i / 100 + 1}`, services: [] });
    const [a, b, c, d, e] = [pick(), pick(), pick(), pick(), pick()];
    serviceGroups.at(-1).services.push({
      id: `${serviceGroups.at(-1).id}-${serial}`,
      serial: String(serial).replace(/\d/g, (digit) => '০১২৩৪৫৬৭৮৯'[digit]),
      name: { bn: join2(a.name.bn, b.name.bn), en: join2(a.name.en, b.name.en) },
      delivery: c.delivery,
      documents: d.documents,
      documentsSource: d.documentsSource,
      fee: e.fee,
      timeLimit: e.timeLimit,
      officers: a.officers,
      seniorOfficers: a.seniorOfficers,
    });
  }
  const [seed0] = seeds;
  return {
    formatVersion: 1,
    id: `synthetic-${n}`,
    office: seed0.office,
    title: seed0.title,
    officers: seeds.flatMap((charter) => charter.officers ?? []),
    serviceGroups,
  };
}

// Our engine through its public API, and Fuse.js, bundled for the browser as window.bench.
const dir = mkdtempSync(join(tmpdir(), 'search-bench-'));
await bundleEngine(
  { format: 'iife', globalName: 'bench', platform: 'browser', outfile: join(dir, 'bench.js') },
  "export { default as Fuse } from 'fuse.js';",
);

const files = new Map([
  ['/', ['text/html', '<!doctype html><meta charset="utf-8"><script src="bench.js"></script>']],
  ['/bench.js', ['text/javascript', readFileSync(join(dir, 'bench.js'))]],
]);
for (const size of SIZES) {
  const charter = size === 19 ? seeds[0] : synthesize(size); // 19: the seed itself
  files.set(`/charter-${size}.json`, ['application/json', JSON.stringify(charter)]);
  const services = charter.serviceGroups.flatMap((group) => group.services);
  files.set(`/docs-${size}.json`, ['application/json', JSON.stringify(services.map(docOf))]);
}
// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const server = createServer((request, response) => {
  const file = files.get(request.url);
  response.writeHead(file ? 200 : 404, {
    'content-type': `${file?.[0] ?? 'text/plain'}; charset=utf-8`,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
  response.end(file?.[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

/** Runs in the page, for one size: build times, heap of the built indexes, the time of every keystroke's search. */
async function measure(size, typed, keys, builds) {
  const { charterFromJson, serviceIndexOf, Fuse } = window.bench;
  if (!crossOriginIsolated) throw new Error('the page is not cross-origin isolated: timers would be coarse');
  const [json, docs] = await Promise.all(
    [`/charter-${size}.json`, `/docs-${size}.json`].map((url) => fetch(url).then((r) => r.json())),
  );
  // serviceIndexOf keeps one index per charter model, and charterFromJson one model per object: a fresh copy each time.
  const model = () => {
    const result = charterFromJson(structuredClone(json), 'bench');
    if (!result.ok) throw new Error(`the ${size}-service charter does not validate: ${JSON.stringify(result.error)}`);
    return result.charter;
  };
  const timed = (run) => {
    const start = performance.now();
    const value = run();
    return [performance.now() - start, value];
  };
  const heap = () => {
    gc();
    return performance.memory.usedJSHeapSize;
  };
  // Each build between two forced GCs, outside the timed part: its time, and the heap it left behind.
  const build = { ours: [], fuse: [] };
  const kept = { ours: [], fuse: [] };
  let index;
  let fuse;
  for (let i = 0; i < builds; i++) {
    const charter = model();
    let before = heap();
    const [oursTime, built] = timed(() => serviceIndexOf(charter));
    kept.ours.push(heap() - before);
    before = heap();
    const [fuseTime, fuseBuilt] = timed(() => new Fuse(docs, { keys }));
    kept.fuse.push(heap() - before);
    build.ours.push(oursTime);
    build.fuse.push(fuseTime);
    [index, fuse] = [built, fuseBuilt];
  }

  // One untimed search each first, so neither pays for the other's JIT warm-up.
  index.search('ক');
  fuse.search('ক');
  const keystroke = { ours: [], fuse: [], prefixes: [] };
  for (const text of typed)
    for (let i = 1; i <= text.length; i++) {
      const prefix = text.slice(0, i);
      keystroke.prefixes.push(prefix);
      keystroke.ours.push(timed(() => index.search(prefix))[0]);
      keystroke.fuse.push(timed(() => fuse.search(prefix))[0]);
    }
  return { build, heap: kept, keystroke };
}

const browser = await puppeteer.launch({
  executablePath: chromePath(),
  args: [...chromeArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const results = [];
let chromium;
try {
  chromium = await browser.version();
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  for (const size of SIZES) {
    results.push([size, await page.evaluate(measure, size, TYPED, KEYS, BUILDS)]);
    console.log(`${size} services measured`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true });
}

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const p95 = (values) => sorted(values)[Math.ceil(values.length * 0.95) - 1];
const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 1)} MB`;
const header = [
  'services',
  'build, ours',
  'build, Fuse.js',
  'index heap, ours',
  'index heap, Fuse.js',
  'keystroke median, ours',
  'keystroke p95, ours',
  'keystroke median, Fuse.js',
  'keystroke p95, Fuse.js',
];
const rows = results.map(([size, r]) => [
  size.toLocaleString('en'),
  ms(median(r.build.ours)),
  ms(median(r.build.fuse)),
  mb(median(r.heap.ours)),
  mb(median(r.heap.fuse)),
  ms(median(r.keystroke.ours)),
  ms(p95(r.keystroke.ours)),
  ms(median(r.keystroke.fuse)),
  ms(p95(r.keystroke.fuse)),
]);
const table = markdownTable(header, rows);
const [, largest] = results.at(-1);
const worst = p95(largest.keystroke.ours);
const keystrokes = largest.keystroke.ours.length;
const slowest = largest.keystroke.ours
  .map((time, i) => [time, largest.keystroke.prefixes[i]])
  .sort((a, b) => b[0] - a[0])
  .slice(0, 5)
  .map(([time, prefix]) => `"${prefix}" ${ms(time)}`)
  .join(', ');

const section = `## Speed

\`npm run bench:search\`, in headless Chromium ${chromium.replace(/^\D+/, '')} on ${cpus().length} ×
${cpus()[0].model.trim()}. 19 services is the seed; the 1,000 and 10,000 service charters are made from the
${pool.length} real services of the three charters (each name half of one real name and half of another, the other
columns from other services; valid charters, validated by \`charterFromJson\` in the page). Fuse.js gets the same
twelve fields with its defaults.

- **build**: \`serviceIndexOf(charter)\` on a freshly validated charter model, and \`new Fuse(docs, { keys })\`;
  median of ${BUILDS}.
- **index heap**: \`performance.memory.usedJSHeapSize\` after a build minus before it, each read after a forced
  \`gc()\` (\`--enable-precise-memory-info --js-flags=--expose-gc\`), median of the ${BUILDS} builds; approximate, it
  counts whatever else the build allocated and kept.
- **keystroke**: ${keystrokes} keystrokes, every prefix of ${TYPED.map((t) => `"${t}"`).join(', ')}, typed one
  UTF-16 unit at a time; the time is \`performance.now()\` around the search call alone (no rendering), with
  cross-origin isolation for 5 µs timer resolution; median and 95th percentile over all keystrokes. Over
  ${keystrokes} keystrokes the 95th percentile is nearly the slowest one and moves from run to run: the slowest are
  listed below the table.

${table}

Aim: under one frame (16 ms) at 10,000 services. Ours: p95 ${ms(worst)}, ${worst < 16 ? 'met' : 'not met'}.
Our slowest keystrokes at ${SIZES.at(-1).toLocaleString('en')} services: ${slowest}.`;

console.log(`\n${section}`);
writeSection('speed', section);
console.log(`\nwrote the speed section of ${REPORT}`);
