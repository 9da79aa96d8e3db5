// Bundles the importer and validator (src/import/) into dist/importer.js for bin/charter-widgets.mjs: one ES module
// with its CSV, XLSX, DOCX, HTML and JSON libraries inside. pdf.js (3.7 MB) stays outside: the PDF reader imports it
// from node_modules (a dependency of the package) only when a PDF comes.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/import/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  outfile: 'dist/importer.js',
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  logLevel: 'error',
});
