#!/usr/bin/env node
// charter-widgets import FILE [-o OUT.json | -o -] [--json] [--from-bijoy]
// charter-widgets validate FILE.json [--json]
// charter-widgets render FILE.json [-o SNIPPET.html | -o -] [--lang LOCALE] [--script URL] [--src URL] [--no-search]
// Exit codes: 0 the charter is valid and every table row fits its header row, 1 it is not, a row does not fit (the
// charter is probably wrong there) or the file cannot be a charter, 2 the command is wrong.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

const USAGE = `usage:
  charter-widgets import FILE [-o OUT.json | -o -] [--json] [--from-bijoy]
      FILE: the charter as the office has it: .docx, .pdf, a saved portal page (.html), .xlsx, .csv, or text copied
            from Word or a web page (.txt)
      the charter JSON goes to FILE's name with .json beside it, to OUT.json, or with "-o -" to standard output
  charter-widgets validate FILE.json [--json]
  charter-widgets render FILE.json [-o SNIPPET.html | -o -] [--lang LOCALE] [--script URL] [--src URL] [--no-search]
      the HTML to paste into a page: the charter written out (readable without JavaScript, and by search engines),
      its schema.org data, and the elements that take it over when the script runs
      --lang: the page's language: bn (the default), en, or another locale of the widgets
      --script: URL of charter-widgets.js (default: beside the page)
      --src: URL of the charter JSON, fetched by the elements, instead of the JSON inside the snippet
      --no-search: no search box above the charter
      the snippet goes to FILE's name with .html beside it, to SNIPPET.html, or with "-o -" to standard output
  charter-widgets --help`;

const [command, ...args] = process.argv.slice(2);
if (['--help', '-h', 'help'].includes(command)) {
  console.log(USAGE);
  process.exit(0);
}
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const VALUED = ['-o', '--lang', '--script', '--src'];
const file = args.find((arg, i) => !arg.startsWith('-') && !VALUED.includes(args[i - 1]));
if (!['import', 'validate', 'render'].includes(command) || !file) fail(USAGE, 2);

const api = await import(new URL('../dist/importer.js', import.meta.url)).catch(() =>
  fail('charter-widgets: dist/importer.js is missing: run `npm run build` first', 2),
);
// A locale of the widgets' list (src/i18n/locales.ts).
if (command === 'render' && option('--lang') !== undefined && !Object.hasOwn(api.LOCALES, option('--lang')))
  fail(USAGE, 2);
const bytes = await readFile(file).catch((error) => fail(`charter-widgets: cannot read ${file}: ${error.message}`, 2));

const SHOWN_PROBLEMS = 20;

if (command === 'validate') {
  const problems = api.validateFile(new TextDecoder().decode(bytes));
  if (flag('--json')) console.log(JSON.stringify({ file, valid: !problems.length, problems }, null, 2));
  else if (!problems.length) console.log(`${file}: valid`);
  else {
    // The first problems, and the number of the rest: thousands would bury the first ones (--json has them all).
    for (const p of problems.slice(0, SHOWN_PROBLEMS)) console.log(`${file}:${p.line}:${p.column}: ${p.message}`);
    if (problems.length > SHOWN_PROBLEMS)
      console.log(`${file}: ${problems.length - SHOWN_PROBLEMS} more problems (--json lists them all)`);
  }
  process.exit(problems.length ? 1 : 0);
}

/** Where the output goes: -o, or beside the input with another extension; undefined for "-o -" (standard output). */
function outputPath(extension) {
  const asked = option('-o');
  if (asked === '-') return undefined;
  const beside = file.replace(/(\.[^./\\]*)?$/, extension);
  return asked ?? (beside === file ? `${file}.charter${extension}` : beside);
}

if (command === 'render') {
  const result = await api.renderSnippet(new TextDecoder().decode(bytes), {
    locale: option('--lang'),
    script: option('--script'),
    src: option('--src'),
    search: !flag('--no-search'),
  });
  if (!result.ok) {
    const problems = api.validateFile(new TextDecoder().decode(bytes));
    for (const p of problems.slice(0, SHOWN_PROBLEMS)) console.error(`${file}:${p.line}:${p.column}: ${p.message}`);
    if (!problems.length) console.error(`${file}: not a charter`);
    process.exit(1);
  }
  const out = outputPath('.html');
  if (!out) process.stdout.write(result.html);
  else {
    await writeFile(out, result.html).catch((error) =>
      fail(`charter-widgets: cannot write ${out}: ${error.message}`, 2),
    );
    const services = result.charter.services.length;
    console.log(
      `${file}: ${services} services written to ${out}; put charter-widgets.js and charter-widgets.css beside it or give --script`,
    );
  }
  process.exit(0);
}

const outcome = await api.importCharter(new Uint8Array(bytes), {
  fileName: basename(file),
  fromBijoy: flag('--from-bijoy'),
});
if (!outcome.ok) {
  const message = api.describeFailure(outcome.failure);
  if (flag('--json'))
    console.log(JSON.stringify({ file, ok: false, valid: false, failure: { ...outcome.failure, message } }, null, 2));
  else console.error(`${file}: ${message}`);
  process.exit(1);
}
const json = `${JSON.stringify(outcome.charter, null, 2)}\n`;
// Beside the input by default: a terminal flooded with JSON helps nobody; "-o -" for a pipe.
const out = outputPath('.json');
if (out) await writeFile(out, json).catch((error) => fail(`charter-widgets: cannot write ${out}: ${error.message}`, 2));
const issues = outcome.issues.map(api.describeIssue);
const { unplaced, problems } = outcome.report;
const { uncertain } = outcome;
const officers = outcome.charter.officers ?? [];
const ok = !issues.length && !problems.length;
if (flag('--json')) {
  const officerList = officers.map((officer) => ({ id: officer.id, text: officerText(officer) }));
  const report = { ...outcome.report, uncertain };
  console.log(JSON.stringify({ file, ok, valid: !issues.length, out, issues, officers: officerList, report }, null, 2));
} else {
  if (!out) process.stdout.write(json);
  const say = out ? console.log : console.error;
  const where = (reported) => `${file}${reported.place ? ` (${reported.place})` : `:${reported.line}`}`;
  const oneLine = (text) => text.replace(/\n/g, ' ⏎ ').replace(/\t/g, ' | ');
  const services = outcome.charter.serviceGroups.reduce((n, group) => n + group.services.length, 0);
  say(
    `${file}: ${services} services in ${outcome.charter.serviceGroups.length} groups, ${officers.length} officers${out ? `, written to ${out}` : ''}`,
  );
  // The ids are what a page needs for <officer-contact officer="…">.
  for (const officer of officers) say(`  ${officer.id}: ${officerText(officer)}`);
  for (const p of problems) say(`${where(p)}: row does not fit the header (${p.reason}): ${oneLine(p.text)}`);
  for (const u of unplaced) say(`${where(u)}: not placed (${u.reason}): ${oneLine(u.text)}`);
  for (const u of uncertain)
    say(`${file} (${u.place}, cell ${u.cell + 1}): uncertain (${u.reason}): ${oneLine(u.text)}`);
  for (const issue of issues) say(`${file}: invalid: ${issue}`);
  if (problems.length)
    say(
      `${problems.length === 1 ? '1 row does' : `${problems.length} rows do`} not fit the header row: the charter is wrong there. Fix ${problems.length === 1 ? 'it' : 'them'} in ${file} (or import the DOCX or PDF itself) and import again.`,
    );
  if (!unplaced.length && !problems.length && !uncertain.length && !issues.length)
    say('nothing left to check: every cell is in the charter');
}
process.exit(ok ? 0 : 1);

/** "জনাব মোঃ মিলন হোসেন, সহকারী প্রোগ্রামার": who an officer id stands for. */
function officerText(officer) {
  const name = [officer.honorific, officer.name].filter(Boolean).join(' ');
  return [name, officer.designation, officer.office].filter(Boolean).join(', ');
}

function fail(message, code) {
  console.error(message);
  process.exit(code);
}
