// Writes dist/publish.html, the publishing page (src/publish/): ONE file that works offline and opened straight from the
// disk (file://), where a page may load no module script and no file beside it. So everything is inside it: the
// page's script as one classic script (esbuild, IIFE), in which the importer's readers for PDF, XLSX and HTML are
// code that runs only when such a file comes (esbuild wraps a dynamically imported module so, without splitting),
// the page's stylesheet, and the drop-in files it previews with and hands out (the classic script, the static
// HTML's stylesheet, the search glossary), as strings. Run after the drop-in build (rollup, build-static-css).
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';

const assets = {
  script: readFileSync('dist/charter-widgets.classic.js', 'utf8'),
  css: readFileSync('dist/charter-widgets.css', 'utf8'),
  glossary: readFileSync('dist/charter-widgets.glossary.json', 'utf8'),
};

const { outputFiles } = await build({
  entryPoints: ['src/publish/publish.ts'],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2021',
  minify: true,
  write: false,
  charset: 'utf8',
  logLevel: 'error',
  // pdf.js reads import.meta.url only where it runs in Node.
  logOverride: { 'empty-import-meta': 'silent' },
  define: { PUBLISH_ASSETS: JSON.stringify(assets) },
  plugins: [pageEnglish()],
});
const script = inlineScript(outputFiles[0].text);

const page = readFileSync('src/publish/publish.html', 'utf8');
const parts = { '/* publish.css */': readFileSync('src/publish/publish.css', 'utf8'), '/* publish.js */': script };
let html = page;
for (const [marker, content] of Object.entries(parts)) {
  if (page.split(marker).length !== 2) throw new Error(`src/publish/publish.html: expected ${marker} once`);
  html = html.replace(marker, () => content);
}
writeFileSync('dist/publish.html', html);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`dist/publish.html: ${kb(Buffer.byteLength(html))}, ${kb(brotliCompressSync(html).length)} brotli`);

/**
 * The English the page loads (src/generated/locale-messages.ts, the loaders src/i18n/locale.ts uses) is the widgets'
 * and the page's own (src/publish/en.ts; msg.ts says why it is apart).
 */
function pageEnglish() {
  return {
    name: 'page-english',
    setup(build) {
      build.onResolve({ filter: /^\.\/locales\/en\.js$/ }, (args) =>
        args.importer.endsWith('src/generated/locale-messages.ts')
          ? { path: 'page-english', namespace: 'page-english' }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'page-english' }, () => ({
        contents: `import { templates as widgets } from './src/generated/locales/en.ts';
          import { templates as page } from './src/publish/en.ts';
          export const templates = { ...widgets, ...page };`,
        resolveDir: process.cwd(),
        loader: 'js',
      }));
    },
  };
}

/**
 * Code that may sit inside a <script> element. The HTML parser ends the element at `</script`, and after `<!--` a
 * `<script` changes how it reads on: esbuild writes `</script` in a string as `<\/script`, and leaves the others to
 * strings, templates and regular expressions (it never writes them as code), where `\x3C` is the same `<`.
 */
function inlineScript(code) {
  return code.replace(/<(?=!--|\/?script)/gi, '\\x3C');
}
