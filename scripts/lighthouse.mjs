// Lighthouse on the demo page (dist/demo.html: the seed charter as the static-first snippet of `charter-widgets
// render`), as a phone sees it: Lighthouse's default mobile profile, simulated throttling (slow 4G, CPU 4x). Serves the
// repository over http (compressed as a web server would: brotli or gzip), runs Lighthouse RUNS times (default 3) through
// npx and prints each run and the median of each category score and of FCP, LCP, TBT, CLS and Speed Index.
// Usage: npm run build && node scripts/lighthouse.mjs      LIGHTHOUSE_RUNS=5 LIGHTHOUSE_VERSION=12.2.3 to change them.
// Lighthouse 13 declares Node >= 22: on Node 20 npm warns (EBADENGINE) and a few insight audits, which carry no
// weight in the scores, fail with "… is not a function" (iterator helpers); the scores and metrics are unaffected.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeArgs, chromePath } from '../tests/chrome-path.mjs';
import { startServer } from './bench-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || 3);
const VERSION = process.env.LIGHTHOUSE_VERSION || '13';
const PAGE = '/dist/demo.html';

if (!existsSync(join(root, PAGE))) {
  console.error('lighthouse: dist/demo.html is missing: run `npm run build` first');
  process.exit(2);
}

// The demo page and what it loads: dist/ and demo/.
const server = await startServer({ folders: ['dist', 'demo'] });
const url = `${server.origin}${PAGE}`;

const folder = mkdtempSync(join(tmpdir(), 'charter-lighthouse-'));
const flags = chromeArgs.join(' ');
function lighthouse(run) {
  const output = join(folder, `run-${run}.json`);
  const args = [
    '--yes',
    `lighthouse@${VERSION}`,
    url,
    `--chrome-flags=${flags}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
  ];
  return new Promise((resolve, reject) =>
    execFile(
      'npx',
      args,
      { env: { ...process.env, CHROME_PATH: chromePath() }, timeout: 300_000, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        if (error || !existsSync(output))
          return reject(
            new Error(
              `lighthouse run ${run} failed: ${error?.message ?? ''}\n${stderr.split('\n').slice(-15).join('\n')}`,
            ),
          );
        resolve(JSON.parse(readFileSync(output, 'utf8')));
      },
    ),
  );
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['first-contentful-paint', 'FCP (ms)'],
  ['largest-contentful-paint', 'LCP (ms)'],
  ['total-blocking-time', 'TBT (ms)'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'Speed Index (ms)'],
];
const reports = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const started = performance.now();
    reports.push(await lighthouse(run));
    console.error(`  lighthouse run ${run}/${RUNS}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
} finally {
  server.close();
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const half = Math.floor(s.length / 2);
  return s.length % 2 ? s[half] : (s[half - 1] + s[half]) / 2;
};
const columns = [
  ...CATEGORIES.map((c) => [c, (r) => r.categories[c]?.score * 100, 0]),
  ...METRICS.map(([id, name]) => [name, (r) => r.audits[id]?.numericValue, id === 'cumulative-layout-shift' ? 3 : 0]),
];
const first = reports[0];
console.log(`# Lighthouse ${first.lighthouseVersion} on ${PAGE}\n`);
console.log(
  `${first.configSettings.formFactor}, ${first.configSettings.throttlingMethod} throttling ` +
    `(RTT ${first.configSettings.throttling.rttMs} ms, ${first.configSettings.throttling.throughputKbps} kbps, CPU ${first.configSettings.throttling.cpuSlowdownMultiplier}x), ` +
    `screen ${first.configSettings.screenEmulation.width}x${first.configSettings.screenEmulation.height}; ${first.environment.hostUserAgent.match(/(Headless)?Chrome\/[\d.]+/)?.[0]}; ${RUNS} runs.\n`,
);
console.log(`| run | ${columns.map(([name]) => name).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---').join('|')}|`);
reports.forEach((report, i) =>
  console.log(`| ${i + 1} | ${columns.map(([, get, digits]) => get(report)?.toFixed(digits) ?? 'n/a').join(' | ')} |`),
);
console.log(
  `| **median** | ${columns.map(([, get, digits]) => `**${median(reports.map(get)).toFixed(digits)}**`).join(' | ')} |`,
);

// What keeps a category below 100, in any run, and the audits that could not run.
const below = new Map();
const errors = new Map();
for (const report of reports) {
  for (const category of CATEGORIES)
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (audit.scoreDisplayMode === 'error') errors.set(ref.id, audit.errorMessage);
      else if (ref.weight > 0 && audit.score !== null && audit.score < 1)
        below.set(
          `${category}: ${ref.id}`,
          `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}, score ${audit.score}`,
        );
    }
}
console.log(`\nWeighted audits below full score in some run:\n`);
for (const [id, text] of below) console.log(`- ${id}: ${text}`);
if (!below.size) console.log('- none');
// The main thread's longest tasks (simulated times) in the run with the median performance score.
const byScore = [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
const middle = byScore[Math.floor(byScore.length / 2)];
const tasks = middle.audits['long-tasks']?.details?.items ?? [];
console.log(`\nLongest main-thread tasks of the median run (simulated, ms from navigation):\n`);
for (const task of tasks.slice(0, 6))
  console.log(
    `- ${task.duration.toFixed(0)} ms at ${task.startTime.toFixed(0)}: ${task.url.replace(/^http:\/\/localhost:\d+/, '')}`,
  );
const work = middle.audits['mainthread-work-breakdown']?.details?.items ?? [];
console.log(
  `\nMain-thread work of that run: ${work.map((w) => `${w.groupLabel} ${w.duration.toFixed(0)} ms`).join(', ')}.`,
);
if (errors.size) {
  console.log(`\nAudits that could not run (no weight in the scores):\n`);
  for (const [id, message] of errors) console.log(`- ${id}: ${message}`);
}
rmSync(folder, { recursive: true, force: true });
