// Bundles the importer and validator (src/import/) into dist/importer.js for bin/charter-widgets.mjs: one ES module
// with its CSV, XLSX and JSON libraries inside, so the command needs nothing but Node.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/import/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  outfile: 'dist/importer.js',
  logLevel: 'error',
});
