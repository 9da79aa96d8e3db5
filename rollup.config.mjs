import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';

// The drop-in script, twice: an ES module, whose search code is a second file beside it that a page loads only when it
// searches (charter-widgets.search.js), and a classic script for pages without module scripts, in one file.
// A classic script's top level is global scope: terser must keep its one global name, CharterWidgets.
// Template literals keep their indentation; minify the HTML and CSS inside them before the TypeScript step.
const plugins = (module) => [
  minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
  withoutMethods('minisearch/dist/es/index.js', UNUSED_MINISEARCH_METHODS),
  resolve({ browser: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2021, module, compress: { passes: 3 }, format: { comments: false } }),
  searchGlossary,
];

// MiniSearch's methods for saving, loading, removing and vacuuming: the widgets build an index once and never change
// it (src/search/service-index.ts), and a class's methods are never tree-shaken. 1.7 KB brotli of the drop-in script.
const UNUSED_MINISEARCH_METHODS = [
  'loadJSON',
  'loadJSONAsync',
  'loadJS',
  'loadJSAsync',
  'instantiateMiniSearch',
  'getDefault',
  'toJSON',
  'autoSuggest',
  'addAll',
  'addAllAsync',
  // Reached only for MiniSearch.wildcard, which the widgets never search for.
  'executeWildcardQuery',
  'remove',
  'removeAll',
  'replace',
  'discard',
  'discardAll',
  'vacuum',
  'conditionalVacuum',
  'performVacuuming',
  'vacuumConditionsMet',
  'maybeAutoVacuum',
  'dirtCount',
  'dirtFactor',
  'isVacuuming',
  'termCount',
  'has',
  'getStoredFields',
  // Reached only for a document that was removed: never, in an index that is not changed.
  'removeTerm',
  'removeFieldLength',
  'warnDocumentChanged',
  // SearchableMap: the index's term tree is only added to and read.
  'from',
  'fromObject',
  'delete',
  'clear',
  'update',
  'forEach',
];

/**
 * Drops the named methods from the classes of one module. Fails the build when one is not there, so an upgrade that
 * renames a method is seen; a method still in use fails the tests as "not a function".
 */
function withoutMethods(moduleSuffix, names) {
  return {
    name: 'without-methods',
    transform(code, id) {
      if (!id.endsWith(moduleSuffix)) return null;
      const found = [];
      const walk = (node) => {
        if (node?.type === 'MethodDefinition' && names.includes(node.key.name)) found.push(node);
        else if (node && typeof node === 'object') Object.values(node).forEach(walk);
      };
      walk(this.parse(code));
      const missing = names.filter((name) => !found.some((method) => method.key.name === name));
      if (missing.length) this.error(`${moduleSuffix} has no method ${missing.join(', ')}`);
      let kept = code;
      for (const { start, end } of found.sort((a, b) => b.start - a.start)) kept = kept.slice(0, start) + kept.slice(end);
      return { code: kept, map: null };
    },
  };
}

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
    // The search chunk imports lit and the model from the entry: let the entry export them too, rather than move
    // everything into a third file the entry would only re-export.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'charter-widgets.js',
      // One dynamic import (src/base/charter-element.ts), so one chunk: the search code.
      chunkFileNames: 'charter-widgets.search.js',
    },
    plugins: plugins(true),
  },
  {
    input: 'src/charter-widgets.ts',
    output: { file: 'dist/charter-widgets.classic.js', format: 'iife', name: 'CharterWidgets', inlineDynamicImports: true },
    plugins: plugins(false),
  },
];
