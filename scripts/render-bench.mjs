// Issue 13 item 6: how fast a page shows the charter, in headless Chromium with the built files (docs/render-report.md).
//   1. Paint on a throttled phone (CPU 4x slower, Lighthouse's slow 4G, 412x823): the seed charter as the snippet of
//      `charter-widgets render` (static HTML, then the element takes over), as its static twin (the same page with
//      every <script> removed) and the old way (the script and two empty elements, the JSON fetched by src). For
//      each: when the charter's last service is painted, FCP, LCP, CLS, total blocking time and the longest task
//      (these two from a trace of the page's main thread, as Lighthouse has them).
//   2. Scale, unthrottled: 19, 1,000 and 10,000 services at 360 px and 1,024 px with the widget page (JSON by src),
//      and the 1,000-service snippet and its static twin: the first screen (first service rendered), all services
//      in place, the longest main-thread task.
//   3. Bytes: the brotli bytes of the script each kind of page loads, and of the snippet.
// Runs are interleaved (every page kind once per round, the order rotated each round), each in a fresh browser
// context (cold cache); the tables give the median and the range (min–max) of BENCH_RUNS runs (default 5; the
// 10,000-service pages min(BENCH_RUNS, 3): each takes about 15 s).
// Usage: npm run build && npm run bench:render      (BENCH_RUNS=9 npm run bench:render for more runs;
//        BENCH_PARTS=scale npm run bench:render for part 2 alone, or any of phone,scale,bytes)
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer } from './bench-server.mjs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tests/chrome-path.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const RUNS_10K = Math.min(RUNS, 3);
const PARTS = (process.env.BENCH_PARTS ?? 'phone,scale,bytes').split(',');
const log = (...args) => console.error(...args);

const DIST = [
  'charter-widgets.js',
  'charter-widgets.search.js',
  'charter-widgets.en.js',
  'charter-widgets.classic.js',
  'charter-widgets.glossary.json',
  'charter-widgets.css',
  'importer.js',
];
const missing = DIST.filter((file) => !existsSync(`${root}dist/${file}`));
if (missing.length) {
  console.error(`render-bench: dist/ lacks ${missing.join(', ')}: run \`npm run build\` first`);
  process.exit(2);
}
/** The ES module's entry and the chunks it imports on demand (search, English, …), as the build wrote them. */
const chunks = [
  'charter-widgets.js',
  ...new Set(
    [...readFileSync(`${root}dist/charter-widgets.js`, 'utf8').matchAll(/import\("\.\/([\w.-]+\.js)"\)/g)].map(
      (m) => m[1],
    ),
  ),
];
const { renderSnippet } = await import(`${root}dist/importer.js`);

// ---------------------------------------------------------------------------------------------------------------
// Charters and pages

const seedText = readFileSync(`${root}data/kalukhali-doict.json`, 'utf8');
const seed = JSON.parse(seedText);
const services = seed.serviceGroups.flatMap((group) => group.services);
/** The seed with `size` services in one group, its own services over and over under new ids and serials. */
function charterOf(size) {
  const charter = structuredClone(seed);
  charter.serviceGroups = [
    {
      ...seed.serviceGroups[0],
      services: Array.from({ length: size }, (_, i) => ({
        ...services[i % services.length],
        id: `s-${i}`,
        serial: String(i + 1),
      })),
    },
  ];
  return JSON.stringify(charter);
}
/** The charter of each size: the seed itself (19 services in 3 groups), or charterOf(size). */
const charters = new Map([[19, seedText]]);
for (const size of [1000, 10000]) charters.set(size, charterOf(size));
const serviceIds = (json) => JSON.parse(json).serviceGroups.flatMap((group) => group.services.map((s) => s.id));
const idsOf = new Map([...charters].map(([size, json]) => [size, serviceIds(json)]));

/** A whole page around a body fragment: the same head for every kind of page. */
const pageAround = (body) => `<!doctype html>
<html lang="bn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>সিটিজেন চার্টার</title>
</head>
<body style="margin: 0 8px">
${body}
</body>
</html>
`;
const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
const widgetBody = (size) => `<script type="module" src="/dist/charter-widgets.js"></script>
<service-search for="s" src="/charter-${size}.json"></service-search>
<charter-services id="s" src="/charter-${size}.json"></charter-services>`;

async function snippetOf(size) {
  const result = await renderSnippet(charters.get(size), { script: '/dist/charter-widgets.js' });
  if (!result.ok) throw new Error(`renderSnippet failed for ${size} services`);
  return result.html;
}

/** path -> [content type, body] of every page and charter the server has beyond the repository's files. */
const generated = new Map();
const addPage = (path, html) => generated.set(path, ['text/html; charset=utf-8', html]);
for (const [size, json] of charters) generated.set(`/charter-${size}.json`, ['application/json', json]);
const snippet19 = await snippetOf(19);
const snippet1000 = await snippetOf(1000);
if (/<script\b/i.test(withoutScripts(snippet19))) throw new Error('the static twin still has a script');
addPage('/page/snippet-19.html', pageAround(snippet19));
addPage('/page/static-19.html', pageAround(withoutScripts(snippet19)));
addPage('/page/snippet-1000.html', pageAround(snippet1000));
addPage('/page/static-1000.html', pageAround(withoutScripts(snippet1000)));
for (const size of charters.keys()) addPage(`/page/widget-${size}.html`, pageAround(widgetBody(size)));

// The server: dist/, data/ and the generated pages, compressed as a web server would.
const server = await startServer({ folders: ['dist', 'data'], pages: generated });
const { origin } = server;
// The server compresses a file on its first request (15 MB of charter: a second): each is asked for once before the
// runs, so that no run waits for it.
for (const path of generated.keys())
  await fetch(origin + path, { headers: { 'accept-encoding': 'br' } }).then((response) => response.arrayBuffer());

// ---------------------------------------------------------------------------------------------------------------
// In the page, before anything of its own: paint timings, layout shifts, the Long Tasks API's tasks, and a check in
// every frame (requestAnimationFrame) of where the charter's first and last service are. A service counts as painted
// from the first frame in which it is in the rendered tree: in the light DOM while the element has no shadow root or
// shows its static HTML through a <slot>, or in the element's shadow root. The check reads the DOM only: asking for
// boxes (getBoundingClientRect, checkVisibility) would force style and layout inside the frame's script and change
// what is measured. Its time is taken in a task queued from that frame's requestAnimationFrame, which runs after the
// frame's paint; at the end of the run the last service is checked to have a box (checkVisibility, non-zero height).
// Rows far below the fold are laid out, but under the styles' content-visibility: auto their insides are painted
// when scrolled to: "painted" means "in place, there when scrolled to". `takeover` is when the element's shadow root
// has the last service: on the widget pages when all services are rendered, on the snippet when the element has
// taken over from the static HTML.

function harness({ firstId, lastId, size }) {
  if (!location.pathname.startsWith('/page/')) return;
  const m = (window.bench = { tasks: [], cls: 0, lcp: 0, fcp: 0, size });
  const observe = (type, each) =>
    new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
  observe('longtask', (task) => m.tasks.push(task.duration));
  observe('layout-shift', (shift) => !shift.hadRecentInput && (m.cls += shift.value));
  observe('largest-contentful-paint', (entry) => (m.lcp = entry.startTime));
  observe('paint', (entry) => entry.name === 'first-contentful-paint' && (m.fcp = entry.startTime));
  customElements.whenDefined('charter-services').then(() => (m.defined = performance.now()));
  const stamped = new Set();
  const stamp = (key) => {
    stamped.add(key);
    setTimeout(() => (m[key] = performance.now()));
  };
  const KEYS = ['firstService', 'lastPainted', 'takeover'];
  const due = (key) => !stamped.has(key);
  const check = () => {
    const shadow = document.querySelector('charter-services')?.shadowRoot;
    const lightShows = !shadow || !!shadow.querySelector('slot');
    const shows = (id) => (lightShows && !!document.getElementById(id)) || !!shadow?.getElementById(id);
    if (due('firstService') && shows(firstId)) stamp('firstService');
    if (due('lastPainted') && shows(lastId)) stamp('lastPainted');
    if (due('takeover') && shadow?.getElementById(lastId)) stamp('takeover');
    if (KEYS.some(due)) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  /** At the end: is the last service really there, with a box, and how many services are in the shadow root. */
  m.verify = () => {
    const shadow = document.querySelector('charter-services')?.shadowRoot;
    const row = shadow?.getElementById(lastId) ?? document.getElementById(lastId);
    m.verified = !!row && row.checkVisibility() && row.getBoundingClientRect().height > 0;
    m.rows = shadow?.querySelectorAll('.services [part="service"]').length;
  };
}

/**
 * The page's main-thread tasks from a trace, as Lighthouse counts them: every task of the renderer's main thread
 * (script, style, layout, paint alike), in ms from navigation start. The Long Tasks API misses tasks that are all
 * rendering (a static page's layout of its charter), so it undercounts a page without script.
 */
function mainThreadTasks(traceEvents, url) {
  const navigation = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!navigation) return undefined;
  const tasks = traceEvents
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === navigation.pid &&
        e.tid === navigation.tid &&
        e.ts >= navigation.ts,
    )
    .sort((a, b) => a.ts - b.ts);
  // Top-level tasks only (a task may hold another, nested).
  let end = -Infinity;
  return tasks
    .filter((e) => (e.ts >= end ? ((end = e.ts + e.dur), true) : false))
    .map((e) => ({ start: (e.ts - navigation.ts) / 1000, duration: e.dur / 1000 }));
}
/** The trace categories for mainThreadTasks: RunTask is in the first (as in DevTools' and Lighthouse's traces). */
const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

// Puppeteer's own Network domain is off: with it on, the renderer keeps a decoded copy of every response for DevTools
// (15 MB of charter: a task of 0.7 s more that no reader's browser has). Part 1 turns it on for its bytes over the wire.
const browser = await puppeteer.launch({
  executablePath: chromePath(),
  args: chromeArgs,
  headless: true,
  defaultViewport: null,
  networkEnabled: false,
});

const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

/**
 * One load of `path` in a fresh browser context: until the last service is painted (and, on a page with the script,
 * the element shows it in its shadow root), then `settle` ms more for late shifts and tasks.
 */
async function measure(path, { size, width, height, throttled, js }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: throttled });
    if (throttled) {
      await cdp.send('Network.enable');
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    }
    // What came over the wire, by file.
    const urls = new Map();
    const transferred = {};
    cdp.on('Network.responseReceived', ({ requestId, response }) =>
      urls.set(requestId, new URL(response.url).pathname),
    );
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const file = urls.get(requestId);
      if (file) transferred[file] = (transferred[file] ?? 0) + encodedDataLength;
    });
    const ids = idsOf.get(size);
    await page.evaluateOnNewDocument(harness, { firstId: ids[0], lastId: ids.at(-1), size });
    const timeout = throttled ? 60_000 : 90_000;
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(origin + path, { waitUntil: 'load', timeout });
    await page.waitForFunction(
      (js) => window.bench?.lastPainted && (!js || window.bench.takeover),
      { timeout, polling: 100 },
      js,
    );
    await new Promise((resolve) => setTimeout(resolve, throttled ? 1000 : 300));
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    const m = await page.evaluate(() => (window.bench.verify(), window.bench));
    const tasks = mainThreadTasks(trace.traceEvents, origin + path) ?? [];
    // Total blocking time as Lighthouse has it: each task's part after FCP, less 50 ms (here up to the end of the run).
    const blocking = (task) => Math.max(0, task.start + task.duration - Math.max(task.start, m.fcp) - 50);
    return {
      ...m,
      longest: Math.max(0, ...tasks.map((task) => task.duration)),
      tbt: tasks.reduce((sum, task) => sum + blocking(task), 0),
      longtaskApi: Math.max(0, ...m.tasks),
      tbtApi: m.tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      transferred,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics and tables

const sorted = (values) => [...values].sort((a, b) => a - b);
function median(values) {
  const s = sorted(values);
  const half = Math.floor(s.length / 2);
  return s.length % 2 ? s[half] : (s[half - 1] + s[half]) / 2;
}
/** "median (min–max)" of a list of numbers, with `digits` decimals. */
function stat(values, digits = 0) {
  const present = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!present.length) return 'n/a';
  const f = (v) => v.toFixed(digits);
  const s = sorted(present);
  const missed = values.length - present.length;
  return `${f(median(present))} (${f(s[0])}–${f(s.at(-1))})${missed ? ` [${missed} missing]` : ''}`;
}
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Each round runs every cell once, in an order rotated by the round; a cell may take part in fewer rounds. */
async function interleaved(cells) {
  const rounds = Math.max(...cells.map((cell) => cell.runs));
  for (let round = 0; round < rounds; round++) {
    const inRound = cells.filter((cell) => round < cell.runs);
    const shift = round % inRound.length;
    for (const cell of [...inRound.slice(shift), ...inRound.slice(0, shift)]) {
      const started = performance.now();
      try {
        cell.results.push(await measure(cell.path, cell));
      } catch (error) {
        cell.results.push({ error: error.message.split('\n')[0] });
        log(`  ${cell.name}: ${error.message.split('\n')[0]}`);
      }
      log(`  round ${round + 1}/${rounds} ${cell.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
}
const values = (cell, key) => cell.results.map((r) => r[key]);

/** One unmeasured load of each page first: the browser's own caches (fonts, its processes) warm, not the page's. */
async function warmUp(cells) {
  for (const cell of cells) await measure(cell.path, { ...cell, throttled: false }).catch(() => undefined);
}

const benchStarted = performance.now();
/** Every cell measured, and the issue's targets as each part finds them, printed after parts 1 and 2. */
const measured = [];
const targets = [];
const verdict = (ok) => (ok ? 'met' : 'MISSED');
console.log(
  `# Render benchmark (${new Date().toISOString().slice(0, 10)}, ${await browser.version()}, ${RUNS} runs)\n`,
);

// ---------------------------------------------------------------------------------------------------------------
// 1. The throttled phone

if (PARTS.includes('phone')) {
  log('1. throttled phone: static twin, snippet, widget (before)');
  const phone = { size: 19, width: 412, height: 823, throttled: true, runs: RUNS };
  const kinds = [
    { ...phone, name: 'static twin (no JS)', path: '/page/static-19.html', js: false, results: [] },
    { ...phone, name: 'snippet', path: '/page/snippet-19.html', js: true, results: [] },
    { ...phone, name: 'widget (before)', path: '/page/widget-19.html', js: true, results: [] },
  ];
  await warmUp(kinds);
  await interleaved(kinds);
  measured.push(...kinds);
  const [staticTwin, snippetKind, widgetKind] = kinds;
  const ratio = (cell, key) =>
    median(values(cell, key).filter(Number.isFinite)) /
    median(values(staticTwin, 'lastPainted').filter(Number.isFinite));
  /** The ratio to the static twin, round by round (the runs are interleaved, so round r's loads ran side by side). */
  const perRound = (cell, key) => cell.results.map((r, i) => r[key] / staticTwin.results[i]?.lastPainted);
  console.log(`## 1. Seed charter (19 services) on a throttled phone\n`);
  console.log(
    `CPU 4x slower, slow 4G (562.5 ms latency, ${kb(SLOW_4G.downloadThroughput)}/s down), 412x823 at 1x; ms from navigation, median (min–max) of ${RUNS} interleaved runs. TBT and the longest task from a trace of the renderer's main thread (all tasks, rendering included; TBT as Lighthouse counts it, after FCP, here to the end of the run); CLS the sum of the layout shifts.\n`,
  );
  console.log(
    table(
      [
        'page',
        'last service painted',
        'element shows it (takeover)',
        'FCP',
        'LCP',
        'CLS',
        'TBT',
        'longest task',
        'Long Tasks API: Σ(d−50), longest',
        'script defined',
      ],
      kinds.map((cell) => [
        cell.name,
        stat(values(cell, 'lastPainted')),
        cell.js ? stat(values(cell, 'takeover')) : '–',
        stat(values(cell, 'fcp')),
        stat(values(cell, 'lcp')),
        stat(values(cell, 'cls'), 3),
        stat(values(cell, 'tbt')),
        stat(values(cell, 'longest')),
        `${stat(values(cell, 'tbtApi'))}, ${stat(values(cell, 'longtaskApi'))}`,
        cell.js ? stat(values(cell, 'defined')) : '–',
      ]),
    ),
  );
  console.log(`\nLast service painted, relative to the static twin (issue 13's target: snippet ≤ 1.2×):\n`);
  console.log(
    table(
      ['page', 'ratio of medians', 'per round, median (min–max)', 'element shows it / static twin'],
      [snippetKind, widgetKind].map((cell) => [
        cell.name,
        `${ratio(cell, 'lastPainted').toFixed(2)}×`,
        stat(perRound(cell, 'lastPainted'), 2),
        `${ratio(cell, 'takeover').toFixed(2)}×`,
      ]),
    ),
  );
  console.log(`\nBytes over the wire (first run of each page, as served: brotli):\n`);
  console.log(
    table(
      ['page', 'files', 'total'],
      kinds.map((cell) => {
        const t = cell.results.find((r) => r.transferred)?.transferred ?? {};
        return [
          cell.name,
          Object.entries(t)
            .map(([file, bytes]) => `${file} ${kb(bytes)}`)
            .join(', '),
          kb(Object.values(t).reduce((a, b) => a + b, 0)),
        ];
      }),
    ),
  );
  targets.push(
    `- seed charter, snippet ≤ 1.2× its static twin (last service painted, throttled phone): ${verdict(ratio(snippetKind, 'lastPainted') <= 1.2)}; ${ratio(snippetKind, 'lastPainted').toFixed(2)}× (the element's own rendering of it: ${ratio(snippetKind, 'takeover').toFixed(2)}×)`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Scale

if (PARTS.includes('scale')) {
  log('2. scale, unthrottled');
  const scale = [];
  for (const size of [19, 1000, 10000])
    for (const width of [360, 1024])
      scale.push({
        name: `widget ${size} @ ${width}`,
        kind: 'widget (JSON by src)',
        path: `/page/widget-${size}.html`,
        size,
        width,
        height: width === 360 ? 740 : 768,
        throttled: false,
        js: true,
        runs: size === 10000 ? RUNS_10K : RUNS,
        results: [],
      });
  for (const width of [360, 1024]) {
    const common = { size: 1000, width, height: width === 360 ? 740 : 768, throttled: false, runs: RUNS };
    scale.push({
      ...common,
      name: `snippet 1000 @ ${width}`,
      kind: 'snippet (static HTML + takeover)',
      path: '/page/snippet-1000.html',
      js: true,
      results: [],
    });
    scale.push({
      ...common,
      name: `static 1000 @ ${width}`,
      kind: 'static twin (no JS)',
      path: '/page/static-1000.html',
      js: false,
      results: [],
    });
  }
  await warmUp(scale.filter((cell) => cell.size === 1000 && cell.width === 360));
  await interleaved(scale);
  measured.push(...scale);
  const mb = (text) => `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`;
  console.log(`\n## 2. Scale, unthrottled\n`);
  console.log(
    `No throttling; viewport 360x740 or 1024x768. ms from navigation, median (min–max) of ${RUNS} interleaved runs (10,000 services: ${RUNS_10K}). "First screen" is when the first service is rendered (the element's first batch; at 1,024 px it is on screen, at 360 px it starts just below the fold, under the office header and the vision and mission, so the first screen is final then). "All services" is when the last service is in the element's shadow root and rendered, after the batches (a few services per frame); for the static twin, when its last row is laid out. The widget page is the old way of part 1 (service-search and charter-services, the JSON fetched by src).\n`,
  );
  console.log(
    table(
      [
        'page',
        'services',
        'page + JSON',
        'width',
        'first screen',
        'all services',
        'longest task',
        'longest (Long Tasks API)',
        'TBT',
        'CLS',
      ],
      scale.map((cell) => {
        const bytes = cell.kind.startsWith('widget') ? mb(charters.get(cell.size)) : mb(generated.get(cell.path)[1]);
        const rows = cell.js ? values(cell, 'rows').filter((n) => n !== undefined && n !== cell.size) : [];
        return [
          cell.kind,
          cell.size.toLocaleString('en'),
          bytes,
          `${cell.width} px`,
          stat(values(cell, 'firstService')),
          stat(values(cell, cell.js ? 'takeover' : 'lastPainted')) + (rows.length ? ` (rows: ${rows[0]}!)` : ''),
          stat(values(cell, 'longest')),
          stat(values(cell, 'longtaskApi')),
          stat(values(cell, 'tbt')),
          stat(values(cell, 'cls'), 3),
        ];
      }),
    ),
  );
  const cellOf = (kind, size, width) =>
    scale.find((cell) => cell.kind.startsWith(kind) && cell.size === size && cell.width === width);
  const worst = (kind, size, key) =>
    [360, 1024].map((w) => Math.max(...values(cellOf(kind, size, w), key).filter(Number.isFinite)));
  const medianOf = (kind, size, key) =>
    [360, 1024].map((w) => median(values(cellOf(kind, size, w), key).filter(Number.isFinite)));
  const both = (pair) => pair.map((v) => v.toFixed(0)).join(' / ');
  const [traceWorst, apiWorst, first10k] = [
    worst('widget', 1000, 'longest'),
    worst('widget', 1000, 'longtaskApi'),
    medianOf('widget', 10000, 'firstService'),
  ];
  const [snippetWorst, snippetMedian, staticMedian] = [
    worst('snippet', 1000, 'longest'),
    medianOf('snippet', 1000, 'longest'),
    medianOf('static', 1000, 'longest'),
  ];
  targets.push(
    `- 1,000 services, no task > 200 ms (widget page): ${verdict(traceWorst.every((v) => v <= 200))}; the worst run's longest task ${both(traceWorst)} ms at 360 / 1,024 px (trace), ${both(apiWorst)} ms (Long Tasks API)`,
  );
  targets.push(
    `- 10,000 services, first screen < 1 s (widget page): ${verdict(first10k.every((v) => v < 1000))}; median ${both(first10k)} ms at 360 / 1,024 px`,
  );
  targets.push(
    `- 1,000-service snippet, no task > 200 ms: ${verdict(snippetWorst.every((v) => v <= 200))}; the worst run's longest task ${both(snippetWorst)} ms at 360 / 1,024 px, median ${both(snippetMedian)} (its static twin, no script: median ${both(staticMedian)})`,
  );
}

const unverified = measured.flatMap((cell) => cell.results.filter((r) => !r.error && !r.verified).map(() => cell.name));
const failed = measured.flatMap((cell) => cell.results.filter((r) => r.error).map((r) => `${cell.name}: ${r.error}`));
if (measured.length) {
  console.log(
    `\nIn every run the last service had a box at the end: ${unverified.length ? `NO in ${unverified.join(', ')}` : 'yes'}; failed runs: ${failed.length ? failed.join('; ') : 'none'}.`,
  );
  console.log(`\nTargets:\n\n${targets.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Bytes

if (PARTS.includes('bytes')) {
  const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const gzip = (body) => gzipSync(body, { level: 9 }).length;
  const files = [...new Set([...chunks, ...DIST.filter((f) => f !== 'importer.js')])];
  const fileBrotli = Object.fromEntries(files.map((f) => [f, brotli(readFileSync(`${root}dist/${f}`))]));
  const sumOf = (files) => files.reduce((sum, f) => sum + fileBrotli[f], 0);
  const search = ['charter-widgets.service-search.js', 'charter-widgets.search.js', 'charter-widgets.glossary.json'];
  const pageKinds = [
    ['ES module, Bangla, charter only', ['charter-widgets.js']],
    ['ES module, Bangla, with search', ['charter-widgets.js', ...search]],
    ['ES module, English, charter only', ['charter-widgets.js', 'charter-widgets.en.js']],
    [
      'ES module, English, with search',
      ['charter-widgets.js', 'charter-widgets.en.js', 'charter-widgets.en.search.js', ...search],
    ],
    ['classic script, charter only', ['charter-widgets.classic.js']],
    ['classic script, with search', ['charter-widgets.classic.js', 'charter-widgets.glossary.json']],
  ];
  console.log(`\n## 3. Bytes\n`);
  console.log(`Each file (the ES module's entry imports ${chunks.slice(1).join(', ')} on demand):\n`);
  console.log(
    table(
      ['file', 'raw', 'brotli'],
      files.map((f) => [f, kb(readFileSync(`${root}dist/${f}`).length), `${kb(fileBrotli[f])} (${fileBrotli[f]} B)`]),
    ),
  );
  console.log('');
  console.log(
    `Brotli (quality 11) of what each kind of page loads from dist/ (the snippet pages also load charter-widgets.css, ${kb(fileBrotli['charter-widgets.css'])}). "With search": a page with <service-search>, which loads the element's file at once and the search code and the glossary as soon as the charter is in (part 1's bytes over the wire), not on the first search; "charter only": <charter-services> alone.\n`,
  );
  console.log(
    table(
      ['page kind', 'files', 'brotli'],
      pageKinds.map(([name, files]) => [name, files.join(' + '), `${kb(sumOf(files))} (${sumOf(files)} B)`]),
    ),
  );
  const srcSnippet = await renderSnippet(seedText, { script: '/dist/charter-widgets.js', src: '/charter-19.json' });
  const snippetRows = [
    ['seed (19), JSON inline (default)', snippet19],
    ['seed (19), --src (JSON fetched, preloaded)', srcSnippet.html],
    ['seed (19), static twin (no scripts)', withoutScripts(snippet19)],
    ['1,000 services, JSON inline', snippet1000],
  ];
  console.log(
    `\nThe snippet of \`charter-widgets render\` (the 1,000 services repeat the seed's 19, so brotli finds more to share than in a real charter):\n`,
  );
  console.log(
    table(
      ['snippet', 'raw', 'gzip', 'brotli'],
      snippetRows.map(([name, html]) => [name, kb(Buffer.byteLength(html)), kb(gzip(html)), kb(brotli(html))]),
    ),
  );
}
log(`done in ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`);
await browser.close();
server.close();
