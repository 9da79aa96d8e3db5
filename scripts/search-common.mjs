// What scripts/search-quality.mjs and scripts/search-bench.mjs share: the project's files, the fields compared, and
// the report they each write a section of.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

export const root = new URL('..', import.meta.url).pathname;
export const read = (path) => readFileSync(root + path, 'utf8');
export const REPORT = 'docs/search-report.md';

/**
 * Bundles our engine from the TypeScript sources as they are now, through its public API only (charterFromJson,
 * serviceIndexOf), with `more` exports beside it; esbuild options decide for Node or for the browser.
 */
export async function bundleEngine(options, more = '') {
  if (!existsSync(root + 'src/generated/charter-schema.ts')) {
    console.error('src/generated/ is missing: run `npm run gen` first');
    process.exit(1);
  }
  await build({
    stdin: {
      contents: `export { charterFromJson } from './src/model/charter.ts';
                 export { serviceIndexOf } from './src/search/service-index.ts';
                 ${more}`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    logLevel: 'error',
    ...options,
  });
}

// The fields our engine searches, both languages, as flat documents for the libraries compared with it.
const FIELDS = ['name', 'delivery', 'documents', 'documentsSource', 'fee', 'timeLimit'];
export const KEYS = FIELDS.flatMap((field) => [`${field}Bn`, `${field}En`]);

export function docOf(service) {
  const doc = { id: service.id };
  for (const field of FIELDS) {
    const text = field === 'fee' || field === 'timeLimit' ? service[field]?.text : service[field];
    doc[`${field}Bn`] = (typeof text === 'string' ? text : text?.bn) ?? '';
    doc[`${field}En`] = (typeof text === 'string' ? '' : text?.en) ?? '';
  }
  return doc;
}

export function markdownTable(header, rows) {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` of the report, leaving the rest. */
export function writeSection(name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = existsSync(root + REPORT)
    ? read(REPORT)
    : [
        '# Search quality and speed\n',
        'Written by `npm run search-quality` and `npm run bench:search`; each replaces only its own section.\n',
        '<!-- quality:start -->\n<!-- quality:end -->\n',
        '<!-- speed:start -->\n<!-- speed:end -->\n',
      ].join('\n');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const block = `${start}\n${body}\n${end}`;
  writeFileSync(
    root + REPORT,
    from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`,
  );
}
