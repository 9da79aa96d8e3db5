// Search speed in headless Chromium: index build time, index heap size and keystroke-to-results time of our engine
// (src/search, as it is in the working tree) beside Fuse.js, for the seed (19 services) and charters of 1,000 and
// 10,000 services made from the real service texts; then the drop-in script (dist/charter-widgets.js, as a webmaster
// uses it) loading the 1,000 and 10,000 service charters into <service-search> and typed into: long tasks and
// keystroke-to-results times. Prints tables and writes the speed section of docs/search-report.md.
// Usage: npm run build && npm run bench:search
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tests/chrome-path.mjs';
import { bundleEngine, docOf, KEYS, markdownTable, read, REPORT, root, writeSection } from './search-common.mjs';

const SIZES = [19, 1000, 10000];
// Typed one UTF-16 unit at a time (a Bangla conjunct such as ন্ম is three keystrokes), every prefix searched.
// Few enough that Fuse.js at 10,000 services (most of a second a keystroke) keeps the run within two minutes.
const TYPED = ['প্রশিক্ষণ', 'সাইবার নিরাপত্তা', 'cyber sec', 'jonmo', 'ওয়ারিশ'].map((text) => text.normalize('NFC'));
const BUILDS = 5;
// The drop-in script: the charters it loads, and what is typed into its box, a key every 100 ms.
const DROP_IN_SIZES = [1000, 10000];
const DROP_IN_TYPED = ['প্রশিক্ষণ', 'cyber sec', 'jonmo'].map((text) => text.normalize('NFC'));
const KEY_DELAY = 100;
// The page counts as ready to type into when its main thread has been quiet this long (no long task, and every idle
// period whole) after charter-load; at most READY_LIMIT after it.
const QUIET_MS = 2000;
const READY_LIMIT = 120_000;

const DROP_IN = root + 'dist/charter-widgets.js';
if (!existsSync(DROP_IN)) {
  console.error('dist/charter-widgets.js is missing: run `npm run build` first');
  process.exit(1);
}
const newest = (dir) =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
if (newest(root + 'src') > statSync(DROP_IN).mtimeMs)
  console.warn('warning: src/ has changed since dist/charter-widgets.js was built; `npm run build` to measure it');

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
  const officerById = new Map((charter.officers ?? []).map((officer) => [officer.id, officer]));
  files.set(`/docs-${size}.json`, ['application/json', JSON.stringify(services.map((s) => docOf(s, officerById)))]);
}
// dist/ as a webmaster copies it: the script and what it loads from beside itself (the search glossary).
for (const name of readdirSync(root + 'dist'))
  if (statSync(root + 'dist/' + name).isFile())
    files.set(`/${name}`, [
      name.endsWith('.json') ? 'application/json' : 'text/javascript',
      readFileSync(root + 'dist/' + name),
    ]);
for (const size of DROP_IN_SIZES) files.set(`/drop-in-${size}.html`, ['text/html', dropInPage(size)]);
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
    globalThis.gc();
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
    // The index is built in slices that yield to the page: timed until it is ready, the gaps between slices included.
    const start = performance.now();
    const built = serviceIndexOf(charter);
    await built.ready;
    const oursTime = performance.now() - start;
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

/**
 * A portal page as a webmaster writes it, with the charter of `size` services. The inline script in the head comes
 * before the module script: it observes long tasks from the start and notes when the element's charter-load comes.
 */
function dropInPage(size) {
  return `<!doctype html>
<html lang="bn">
<head>
<meta charset="utf-8">
<title>drop-in, ${size} services</title>
<script>
  window.bench = { longTasks: [], longFrames: [], loaded: undefined };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) bench.longTasks.push({ start: task.startTime, duration: task.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames name the scripts that ran in them, where long tasks name none.
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries())
      if (frame.duration > 50)
        bench.longFrames.push({
          start: frame.startTime,
          duration: frame.duration,
          scripts: frame.scripts.map((script) => ({ invoker: script.invoker, duration: script.duration })),
        });
  }).observe({ type: 'long-animation-frame', buffered: true });
  document.addEventListener('charter-load', () => { bench.loaded ??= performance.now(); });
</script>
<script type="module" src="/charter-widgets.js"></script>
</head>
<body>
<service-search src="/charter-${size}.json"></service-search>
</body>
</html>`;
}

/**
 * Runs in the drop-in page after charter-load: resolves with the time the main thread went quiet for `quiet` ms, or
 * after `limit` ms with undefined. Quiet: no new long task, and a chain of idle callbacks each coming within GAP ms
 * of the one before (an idle main thread gives one an idle period of up to 50 ms; an index built in slices, one
 * after another, leaves none until it is done).
 */
function quietAfterLoad(quiet, limit) {
  const GAP = 100;
  return new Promise((resolve) => {
    const start = performance.now();
    let since = start;
    let longTasks = window.bench.longTasks.length;
    let last = start;
    const check = () => {
      const now = performance.now();
      if (now - last > GAP || window.bench.longTasks.length !== longTasks) {
        since = now;
        longTasks = window.bench.longTasks.length;
      }
      last = now;
      if (now - since >= quiet) resolve(since);
      else if (now - start >= limit) resolve(undefined);
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  });
}

/**
 * Runs in the drop-in page before typing: for every keystroke while bench.recording is set, its start (the timeStamp
 * of its first event), when the results were laid out (updateComplete after the input event, then a forced layout),
 * the next frame (a message posted from the next requestAnimationFrame callback, which runs once that frame's style,
 * layout and paint are done), and the last change of the shadow DOM (the polite status line aside) before the next
 * keystroke, for results that come late.
 */
function recordKeystrokes() {
  const { bench } = window;
  const element = document.querySelector('service-search');
  const shadow = element.shadowRoot;
  bench.keys = [];
  bench.recording = false;
  // A keystroke begins at its first event (keydown; beforeinput or input for a character typed as text), caught on
  // the shadow root in the capture phase, before the element's own listeners render anything.
  let pending;
  const begin = (event) => {
    if (!bench.recording || pending) return;
    pending = { start: event.timeStamp };
    bench.keys.push(pending);
  };
  for (const type of ['keydown', 'beforeinput', 'input']) shadow.addEventListener(type, begin, true);
  // Bubbling on the shadow root: after the element's own listener on the input has set its query.
  shadow.addEventListener('input', (event) => {
    const key = pending;
    pending = undefined;
    if (!key) return;
    key.value = event.composedPath()[0].value;
    element.updateComplete.then(() => {
      shadow.firstElementChild?.getBoundingClientRect();
      key.laidOut = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (key.frame = performance.now());
        channel.port2.postMessage(undefined);
      });
    });
  });
  const elementOf = (node) => (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
  new MutationObserver((records) => {
    const key = bench.keys.at(-1);
    if (bench.recording && key && records.some((record) => !elementOf(record.target)?.closest('[role=status]')))
      key.changed = performance.now();
  }).observe(shadow, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Loads the drop-in page with `size` services, waits until it is quiet, types DROP_IN_TYPED into it. */
async function measureDropIn(browser, size) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error')
      console.warn(`page ${message.type()}: ${message.text()}`);
  });
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/drop-in-${size}.html`);
    await page.waitForFunction(() => window.bench.loaded !== undefined, { timeout: READY_LIMIT });
    const quiet = await page.evaluate(quietAfterLoad, QUIET_MS, READY_LIMIT);
    const heap = await page.evaluate(() => {
      globalThis.gc();
      return performance.memory.usedJSHeapSize;
    });
    await page.evaluate(recordKeystrokes);
    const input = await page.evaluateHandle(() =>
      document.querySelector('service-search').shadowRoot.querySelector('input'),
    );
    await input.focus();
    const typingStart = await page.evaluate(() => performance.now());
    for (const text of DROP_IN_TYPED) {
      await page.evaluate(() => (window.bench.recording = true));
      await page.keyboard.type(text, { delay: KEY_DELAY });
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the last key's frame, the status line's announcement
      await page.evaluate(() => (window.bench.recording = false));
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const { loaded, longTasks, longFrames, keys } = await page.evaluate(() => window.bench);
    return { loaded, quiet, heap, typingStart, longTasks, longFrames, keys };
  } finally {
    await page.close();
  }
}

const browser = await puppeteer.launch({
  executablePath: chromePath(),
  args: [...chromeArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const results = [];
const dropIn = [];
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
  for (const size of DROP_IN_SIZES) {
    dropIn.push([size, await measureDropIn(browser, size)]);
    console.log(`drop-in script with ${size} services measured`);
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

// The drop-in script: long tasks by phase (loading: from navigation to the first keystroke, the quiet wait included;
// typing: from then on), and per keystroke the time to the results rendered (the later of layout after the update and
// the last late change of the shadow DOM) and to the next frame.
const dropInRows = dropIn.map(([size, r]) => {
  const loading = r.longTasks.filter((task) => task.start < r.typingStart).map((task) => task.duration);
  const typing = r.longTasks.filter((task) => task.start >= r.typingStart).map((task) => task.duration);
  const keys = r.keys.filter((key) => key.laidOut !== undefined);
  const rendered = keys.map((key) => Math.max(key.laidOut, key.changed ?? 0) - key.start);
  const frame = keys
    .filter((key) => key.frame !== undefined)
    .map((key) => Math.max(key.frame, key.changed ?? 0) - key.start);
  const late = keys.filter((key) => key.changed > key.laidOut).length;
  return { size, r, loading, typing, keys, rendered, frame, late };
});
const longest = (durations) => (durations.length ? ms(Math.max(...durations)) : '–');
const dropInTable = markdownTable(
  [
    'services',
    'charter-load',
    'quiet (ready)',
    'heap when quiet',
    'long tasks loading (longest)',
    'long tasks typing (longest)',
    'keystrokes',
    'to results median',
    'to results p95',
    'to next frame median',
    'to next frame p95',
  ],
  dropInRows.map(({ size, r, loading, typing, keys, rendered, frame }) => [
    size.toLocaleString('en'),
    ms(r.loaded),
    r.quiet === undefined ? `not within ${READY_LIMIT / 1000} s` : ms(r.quiet),
    mb(r.heap),
    `${loading.length} (${longest(loading)})`,
    `${typing.length} (${longest(typing)})`,
    keys.length,
    rendered.length ? ms(median(rendered)) : '–',
    rendered.length ? ms(p95(rendered)) : '–',
    frame.length ? ms(median(frame)) : '–',
    frame.length ? ms(p95(frame)) : '–',
  ]),
);
const big = dropInRows.find((row) => row.size === 10000);
const bigTasks = [...big.loading, ...big.typing];
const bigP95 = big.rendered.length ? p95(big.rendered) : Infinity;
const typedKeys = DROP_IN_TYPED.reduce((n, text) => n + [...text].length, 0);
// What ran in the long frames at 10,000 services: each frame's length and its scripts over 5 ms, by invoker.
const framesSeen = big.r.longFrames
  .map((frame) => {
    const scripts = frame.scripts
      .filter((script) => script.duration > 5)
      .map((script) => `${script.invoker.replace(/^https?:\/\/[^/]+/, '')} ${ms(script.duration)}`);
    return `${ms(frame.duration)} at ${ms(frame.start)} (${scripts.length ? scripts.join(', ') : 'no script named'})`;
  })
  .join('; ');
const lateNote = dropInRows.some((row) => row.late)
  ? ` Keystrokes whose results changed the shadow DOM after the update was done (rendered late): ${dropInRows
      .map((row) => `${row.late} of ${row.keys.length} at ${row.size.toLocaleString('en')}`)
      .join(', ')}.`
  : '';

const dropInText = `### The drop-in script, as a page uses it

A page served as a webmaster writes it: \`<script type="module" src="/charter-widgets.js">\`
(\`dist/charter-widgets.js\` as \`npm run build\` left it, ${(statSync(DROP_IN).size / 1024).toFixed(0)} KB minified, served with
the rest of \`dist/\` beside it) and
\`<service-search src="/charter-N.json">\` with the synthetic charters above, one fresh page each. An inline script in
the head, before the module script, registers \`PerformanceObserver({ type: 'longtask', buffered: true })\` (every
main-thread task over 50 ms) and notes the element's \`charter-load\`. The element has no public signal that its
search index is ready, so after charter-load the bench waits until the main thread has been quiet for
${QUIET_MS / 1000} s (no long task, and a chain of \`requestIdleCallback\`s each coming within 100 ms of the one before,
which an index built in slices one after another prevents until it is done; "quiet (ready)" is when that quiet
began), reads the heap
after a forced \`gc()\`, focuses the shadow DOM's input and types ${DROP_IN_TYPED.map((t) => `"${t}"`).join(', ')} with
puppeteer's \`keyboard.type(text, { delay: ${KEY_DELAY} })\` (${typedKeys} keystrokes; Bangla goes in one UTF-16 unit at a time as
text input), clearing the box between them. Times are milliseconds from navigation.

- **long tasks**: their number and the longest, while **loading** (navigation to the first keystroke: download,
  parsing, validation, index build, first render) and while **typing**.
- **to results**: from the \`timeStamp\` of the keystroke's first event (keydown; beforeinput for a character typed
  as text) to the results in the DOM and laid out: the element's \`updateComplete\` after the \`input\` event, then
  a forced layout of its shadow root (or the last change of the shadow DOM before the next key, if the results came
  later; the polite status line aside).${lateNote}
- **to next frame**: from the same key event to a message posted from the next \`requestAnimationFrame\` callback
  after that, which runs once the frame showing the results has been styled, laid out and painted; it includes the
  wait for the frame (up to 16.7 ms at 60 Hz), so it is the time until a person can see the results.

${dropInTable}

Aim: no main-thread task over 50 ms while a 10,000-service charter loads and is typed into. Seen: ${bigTasks.length}
(${big.loading.length} loading, longest ${longest(big.loading)}; ${big.typing.length} typing, longest ${longest(big.typing)}), ${
  bigTasks.length ? 'not met' : 'met'
}. The long animation frames at 10,000 services
(\`PerformanceObserver({ type: 'long-animation-frame' })\`, frames over 50 ms, with the scripts they name):
${framesSeen || 'none'}.
Aim: keystroke to results under 16 ms at the 95th percentile at 10,000 services. Seen: ${
  Number.isFinite(bigP95) ? ms(bigP95) : 'no keystroke measured'
}, ${bigP95 < 16 ? 'met' : 'not met'} (to the next frame: ${big.frame.length ? ms(p95(big.frame)) : '–'}).`;

const section = `## Speed

\`npm run bench:search\`, in headless Chromium ${chromium.replace(/^\D+/, '')} on ${cpus().length} ×
${cpus()[0].model.trim()}. 19 services is the seed; the 1,000 and 10,000 service charters are made from the
${pool.length} real services of the three charters (each name half of one real name and half of another, the other
columns from other services; valid charters, validated by \`charterFromJson\` in the page). Fuse.js gets the same
fifteen fields as in the quality section, with its defaults. The first table measures the engine alone, bundled from
\`src/\` and called directly; the second the drop-in script in a page.

- **build**: \`serviceIndexOf(charter)\` on a freshly validated charter model until \`await index.ready\` settles
  (the index is built in slices that give the page a turn in between: wall time, the turns included), and
  \`new Fuse(docs, { keys })\`; median of ${BUILDS}.
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
Our slowest keystrokes at ${SIZES.at(-1).toLocaleString('en')} services: ${slowest}.

${dropInText}`;

console.log(`\n${section}`);
writeSection('speed', section);
console.log(`\nwrote the speed section of ${REPORT}`);
