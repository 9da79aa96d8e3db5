import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';

// The drop-in script, twice: an ES module, whose search code and English messages are files beside it that a page
// loads only when it searches or is in English, and a classic script for pages without module scripts, in one file.
// A classic script's top level is global scope: terser must keep its one global name, CharterWidgets.
// Template literals keep their indentation; minify the HTML and CSS inside them before the TypeScript step.
const plugins = (module) => [
  minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
  withoutMethods('minisearch/dist/es/index.js', UNUSED_MINISEARCH_METHODS),
  litPolicyOnce,
  // Every msg() names its id (tests/locale.test.ts checks): Lit's hashing of a message into an id is never needed.
  replaceOnce('@lit/localize/internal/runtime-msg.js', 'options?.id ?? generateId(template)', 'options.id'),
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
      const found = nodesWhere(
        this.parse(code),
        (node) => node.type === 'MethodDefinition' && names.includes(node.key.name),
      );
      const missing = names.filter((name) => !found.some((method) => method.key.name === name));
      if (missing.length) this.error(`${moduleSuffix} has no method ${missing.join(', ')}`);
      let kept = code;
      for (const { start, end } of found.sort((a, b) => b.start - a.start))
        kept = kept.slice(0, start) + kept.slice(end);
      return { code: kept, map: null };
    },
  };
}

/** The nodes of a syntax tree that pass `test`, outermost first (what is inside a found node is not searched). */
function nodesWhere(tree, test) {
  const found = [];
  const walk = (node) => {
    if (node?.type && test(node)) found.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(tree);
  return found;
}

/** Replaces a text that must be in a module exactly once; fails the build when it is not, so an upgrade is seen. */
function replaceOnce(moduleSuffix, text, replacement) {
  return {
    name: 'replace-once',
    transform(code, id) {
      if (!id.endsWith(moduleSuffix)) return null;
      if (code.split(text).length !== 2) this.error(`${moduleSuffix}: expected "${text}" once`);
      return { code: code.replace(text, replacement), map: null };
    },
  };
}

/**
 * A second copy of the drop-in script on a page (the module and the classic script, or two versions) defines nothing
 * (src/define.ts) and renders nothing, so its Lit must not create the "lit-html" Trusted Types policy either: a strict
 * CSP (`trusted-types lit-html` without 'allow-duplicates') lets a name be created once, and the second attempt
 * throws. Lit creates it when its module is evaluated, before any of our code runs: the condition goes into Lit.
 */
const litPolicyOnce = {
  name: 'lit-policy-once',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const calls = nodesWhere(
      this.parse(code),
      (node) => node.type === 'CallExpression' && node.callee.property?.name === 'createPolicy',
    );
    if (calls.length !== 1) this.error(`lit-html.js: expected one createPolicy call, found ${calls.length}`);
    const [{ start, end }] = calls;
    const guarded = `(customElements.get("charter-services")?void 0:${code.slice(start, end)})`;
    return { code: code.slice(0, start) + guarded + code.slice(end), map: null };
  },
};

// The search glossary goes beside the script, which loads it on the first search (src/core.ts).
const searchGlossary = {
  name: 'search-glossary',
  generateBundle() {
    const source = readFileSync('src/generated/search-glossary.json');
    this.emitFile({ type: 'asset', fileName: 'charter-widgets.glossary.json', source });
  },
};

/** The names of the ES module's chunks (the modules they start from → the file beside charter-widgets.js). */
const CHUNK_NAMES = {
  'service-index': 'search',
  'charter-messages': 'errors',
  vcard: 'vcard',
  'officer-contact': 'officer-contact',
  'service-search': 'service-search',
};

// Nothing that @lit/localize's modules do when loaded is needed: src/i18n/locale.ts installs msg() itself, without
// configureLocalization's runtime (whose module makes a promise when loaded), and every msg() names its id (whose
// hashing module fills a table when loaded).
const treeshake = { moduleSideEffects: (id) => !/[\\/]@lit[\\/]localize[\\/]/.test(id) };

export default [
  {
    input: 'src/charter-widgets.ts',
    treeshake,
    // The search chunk imports lit and the model from the entry: let the entry export them too, rather than move
    // everything into a third file the entry would only re-export.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'charter-widgets.js',
      // A chunk per dynamic import: <officer-contact> and <service-search> (src/charter-widgets.ts), the search code
      // and the error messages (src/base/charter-element.ts), the vCard writer (src/officer-contact) and the English
      // messages (src/i18n/locale.ts), as charter-widgets.officer-contact.js, .service-search.js, .search.js,
      // .errors.js, .vcard.js and .en.js.
      chunkFileNames: ({ name }) => `charter-widgets.${CHUNK_NAMES[name] ?? name}.js`,
    },
    plugins: plugins(true),
  },
  {
    input: 'src/charter-widgets-all.ts',
    treeshake,
    output: {
      file: 'dist/charter-widgets.classic.js',
      format: 'iife',
      name: 'CharterWidgets',
      inlineDynamicImports: true,
    },
    plugins: plugins(false),
  },
];
