// How long <charter-services> takes to show a charter, in headless Chromium with the built drop-in script: charters of
// 19, 1,000 and 5,000 services made from the seed's real services, in a 360 px (phone) and a 1,024 px page. For each:
// the median of RUNS loads of the time from navigation to the frame after every row is in place, and the longest
// main-thread task. A first version of issue 13's render benchmark (no throttling, no static twin yet).
// Usage: npm run build && npm run bench:render
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tests/chrome-path.mjs';

const root = new URL('..', import.meta.url).pathname;
const SIZES = [19, 1000, 5000];
const WIDTHS = [360, 1024];
const RUNS = 3;

const seed = JSON.parse(readFileSync(`${root}data/kalukhali-doict.json`, 'utf8'));
const services = seed.serviceGroups.flatMap((group) => group.services);
/** The seed with `size` services in one group, its own services over and over under new ids and serials. */
function charterOf(size) {
  const charter = structuredClone(seed);
  charter.serviceGroups = [
    {
      ...seed.serviceGroups[0],
      services: Array.from({ length: size }, (_, i) => ({ ...services[i % services.length], id: `s-${i}`, serial: String(i + 1) })),
    },
  ];
  return JSON.stringify(charter);
}

// In the page: long tasks from the start, and the time of the frame after all `size` rows (the table's, which both
// layouts have in the DOM) are there.
const page = (size, width) => `<!doctype html><html lang="bn"><head><meta charset="utf-8">
<script>
  window.longest = 0;
  new PerformanceObserver((list) => { for (const task of list.getEntries()) longest = Math.max(longest, task.duration); })
    .observe({ type: 'longtask', buffered: true });
  window.shown = new Promise((resolve) => {
    const check = () => {
      const rows = document.querySelector('charter-services')?.shadowRoot?.querySelectorAll('tbody tr').length;
      if (rows === ${size}) requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
</script>
<script type="module" src="/dist/charter-widgets.js"></script></head>
<body style="margin: 0; width: ${width}px"><charter-services src="/charter-${size}.json"></charter-services></body></html>`;

const charters = Object.fromEntries(SIZES.map((size) => [`/charter-${size}.json`, charterOf(size)]));
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  const [, size, width] = path.match(/^\/page-(\d+)-(\d+)$/) ?? [];
  if (size) return response.writeHead(200, { 'content-type': 'text/html' }).end(page(Number(size), Number(width)));
  if (charters[path]) return response.writeHead(200, { 'content-type': 'application/json' }).end(charters[path]);
  let body;
  try {
    body = readFileSync(root + path.slice(1));
  } catch {
    return response.writeHead(404).end();
  }
  response.writeHead(200, { 'content-type': path.endsWith('.json') ? 'application/json' : 'text/javascript' }).end(body);
});
await new Promise((resolve) => server.listen(0, resolve));
const origin = `http://localhost:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log('| services | JSON | width | shown (median ms) | longest task (median ms) |\n|---|---|---|---|---|');
for (const size of SIZES)
  for (const width of WIDTHS) {
    const shown = [];
    const longest = [];
    for (let run = 0; run < RUNS; run++) {
      const tab = await browser.newPage();
      await tab.setViewport({ width, height: 740 });
      await tab.goto(`${origin}/page-${size}-${width}`);
      shown.push(await tab.evaluate(() => window.shown));
      longest.push(await tab.evaluate(() => window.longest));
      await tab.close();
    }
    const mb = (charters[`/charter-${size}.json`].length / 1e6).toFixed(1);
    console.log(`| ${size} | ${mb} MB | ${width} px | ${median(shown).toFixed(0)} | ${median(longest).toFixed(0)} |`);
  }
await browser.close();
server.close();
