import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';

// One self-contained drop-in script, twice: an ES module, and a classic script for pages without module scripts.
// A classic script's top level is global scope: terser must keep its one global name, CharterWidgets.
// Template literals keep their indentation; minify the HTML and CSS inside them before the TypeScript step.
const plugins = (module) => [
  minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
  resolve({ browser: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2021, module, compress: { passes: 3 }, format: { comments: false } }),
  searchGlossary,
];

// The search glossary goes beside the script, which loads it on the first search (src/charter-widgets.ts).
const searchGlossary = {
  name: 'search-glossary',
  generateBundle() {
    const source = readFileSync('src/generated/search-glossary.json');
    this.emitFile({ type: 'asset', fileName: 'charter-widgets.glossary.json', source });
  },
};

export default [
  {
    input: 'src/charter-widgets.ts',
    output: { file: 'dist/charter-widgets.js', format: 'es' },
    plugins: plugins(true),
  },
  {
    input: 'src/charter-widgets.ts',
    output: { file: 'dist/charter-widgets.classic.js', format: 'iife', name: 'CharterWidgets' },
    plugins: plugins(false),
  },
];
