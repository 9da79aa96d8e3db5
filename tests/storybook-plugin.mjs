// Serves Storybook's browser code to the test pages as Vite serves it to Storybook, so that tests/stories.test.ts can
// run the stories: `process.env.NODE_ENV` replaced, and @testing-library/dom (which `storybook/test`, the play
// functions' library, imports) as one ES module with its CommonJS dependencies (aria-query, lz-string,
// pretty-format) bundled in.
import { build } from 'esbuild';

const NODE_ENV = '"development"';
const testingLibrary = '@testing-library/dom';
const testingLibraryPath = '/__testing-library-dom.js';

export function storybookPlugin() {
  let testingLibraryBundle;
  return {
    name: 'storybook-in-tests',
    resolveImport: ({ source }) => (source === testingLibrary ? testingLibraryPath : undefined),
    serve(context) {
      if (context.path !== testingLibraryPath) return undefined;
      testingLibraryBundle ??= build({
        stdin: { contents: `export * from '${testingLibrary}';`, resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        define: { 'process.env.NODE_ENV': NODE_ENV },
        write: false,
      }).then((result) => result.outputFiles[0].text);
      return testingLibraryBundle.then((body) => ({ body, type: 'js' }));
    },
    transform(context) {
      if (context.path.startsWith('/node_modules/storybook/dist/'))
        return { body: context.body.replaceAll('process.env.NODE_ENV', NODE_ENV) };
      return undefined;
    },
  };
}
