// Generates src/generated/search-glossary.ts from data/search-glossary.txt: the glossary's groups, one line each,
// without its comments, for the search engine (src/search/glossary.ts) to parse on first use.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const source = new URL('../data/search-glossary.txt', import.meta.url);
const outDir = new URL('../src/generated/', import.meta.url);

const lines = (await readFile(source, 'utf8'))
  .normalize('NFC')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('|').map((term) => term.trim()).join('|'));

await mkdir(outDir, { recursive: true });
await writeFile(
  new URL('search-glossary.ts', outDir),
  `/* Generated from data/search-glossary.txt by scripts/gen-glossary.mjs: edit the glossary, not this file. */\n` +
    `export const glossaryLines: string[] = ${JSON.stringify(lines.join('\n'))}.split('\\n');\n`,
);
