import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// One self-contained drop-in script, twice: an ES module, and a classic script for pages without module scripts.
// A classic script's top level is global scope: terser must keep its one global name, CharterWidgets.
// Template literals keep their indentation; minify the HTML and CSS inside them before the TypeScript step.
const plugins = (module) => [
  minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
  resolve({ browser: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2021, module, compress: { passes: 3 }, format: { comments: false } }),
];

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
