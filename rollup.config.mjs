import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// One self-contained drop-in script, twice: an ES module, and a classic script for pages without module scripts.
const plugins = [
  resolve({ browser: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

export default [
  {
    input: 'src/charter-widgets.ts',
    output: { file: 'dist/charter-widgets.js', format: 'es' },
    plugins,
  },
  {
    input: 'src/charter-widgets.ts',
    output: { file: 'dist/charter-widgets.classic.js', format: 'iife', name: 'CharterWidgets' },
    plugins,
  },
];
