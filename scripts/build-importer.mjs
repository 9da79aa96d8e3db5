// Bundles the importer and validator (src/import/) twice:
// - dist/importer.js for bin/charter-widgets.mjs: one ES module with its CSV, XLSX, DOCX, HTML and JSON libraries
//   inside. pdf.js (3.7 MB) stays outside: the PDF reader imports it from node_modules (a dependency of the package)
//   only when a PDF comes.
// - dist/importer-browser/importer.js for web pages (the publishing page): the same code, minified, with pdf.js,
//   SheetJS and htmlparser2 in chunks of their own beside it, loaded only for a file that needs them. Prints the sizes.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';

const common = {
  entryPoints: ['src/import/index.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'error',
};

await build({
  ...common,
  // Node's builds of the libraries: Lit's needs no DOM for the snippet, which renders the elements' templates.
  platform: 'node',
  mainFields: ['module', 'main'],
  outfile: 'dist/importer.js',
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
});

const browserDir = 'dist/importer-browser';
rmSync(browserDir, { recursive: true, force: true });
await build({
  ...common,
  platform: 'browser',
  splitting: true,
  minify: true,
  outdir: browserDir,
  entryNames: 'importer',
  chunkNames: 'chunk-[hash]',
});
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = readdirSync(browserDir).map((file) => {
  const code = readFileSync(`${browserDir}/${file}`);
  return { file, size: code.length, brotli: brotliCompressSync(code).length };
});
const entry = sizes.find(({ file }) => file === 'importer.js');
const rest = sizes.filter((s) => s !== entry);
console.log(
  `${browserDir}/importer.js: ${kb(entry.size)} minified, ${kb(entry.brotli)} brotli; ` +
    `loaded only for a PDF, XLSX or HTML file: ${rest.length} chunks, ${kb(rest.reduce((n, s) => n + s.size, 0))} minified, ` +
    `${kb(rest.reduce((n, s) => n + s.brotli, 0))} brotli`,
);
