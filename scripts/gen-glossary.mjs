// Generates from data/search-glossary.txt the glossary's groups, one line each, without its comments:
// src/generated/search-glossary.json, which the build copies beside the drop-in script (the page loads it on first
// search), and src/generated/search-glossary.ts, the same lines for code that runs in Node and for the tests.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const source = new URL('../data/search-glossary.txt', import.meta.url);
const outDir = new URL('../src/generated/', import.meta.url);

const lines = (await readFile(source, 'utf8'))
  .normalize('NFC')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) =>
    line
      .split('|')
      .map((term) => term.trim())
      .join('|'),
  );

await mkdir(outDir, { recursive: true });
await writeFile(new URL('search-glossary.json', outDir), JSON.stringify(lines));
await writeFile(
  new URL('search-glossary.ts', outDir),
  `/* Generated from data/search-glossary.txt by scripts/gen-glossary.mjs: edit the glossary, not this file. */\n` +
    `export const glossaryLines: readonly string[] = ${JSON.stringify(lines)};\n`,
);
