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
      contents: `import { glossaryLines } from './src/generated/search-glossary.ts';
                 import { setGlossarySource } from './src/search/glossary-source.ts';
                 setGlossarySource(async () => glossaryLines);
                 export { charterFromJson } from './src/model/charter.ts';
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

// The fields the libraries compared with our engine get, both languages, as flat documents: the service's name,
// delivery, documents, documentsSource, fee text and time limit text (the fields our engine searched when the
// comparison was first written), its serial as printed, and the officers of both officer columns (each named
// officer's name and designation, or the cell's text as printed when it names none).
const FIELDS = ['name', 'delivery', 'documents', 'documentsSource', 'fee', 'timeLimit', 'officers'];
export const KEYS = ['serial', ...FIELDS.flatMap((field) => [`${field}Bn`, `${field}En`])];

/** The texts of a cell in each language, as lists (a Bangla-only string counts as Bangla). */
const textIn = (text, language) => {
  if (text === undefined || text === null) return [];
  const value = typeof text === 'string' ? (language === 'bn' ? text : undefined) : text[language];
  return value ? [value] : [];
};

/** What the officer columns of a service say, by language: names and designations of the officers they name. */
function officerTexts(service, officerById, language) {
  return [service.officers, service.seniorOfficers].flatMap((cell) => {
    if (!cell) return [];
    const named = (cell.officers ?? []).map((id) => officerById.get(id)).filter(Boolean);
    if (!named.length) return textIn(cell.text, language);
    return named.flatMap((officer) => [...textIn(officer.name, language), ...textIn(officer.designation, language)]);
  });
}

/** A service as one flat document of KEYS (and `id`); `officerById` maps officer ids to the charter's officers. */
export function docOf(service, officerById) {
  const doc = { id: service.id, serial: service.serial ?? '' };
  for (const field of FIELDS)
    for (const language of ['bn', 'en']) {
      const key = `${field}${language === 'bn' ? 'Bn' : 'En'}`;
      const texts =
        field === 'officers'
          ? officerTexts(service, officerById, language)
          : textIn(field === 'fee' || field === 'timeLimit' ? service[field]?.text : service[field], language);
      doc[key] = texts.join(' ; ');
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
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`,
  );
}
