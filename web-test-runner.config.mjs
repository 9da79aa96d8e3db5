import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { chromeArgs, chromePath } from './tests/chrome-path.mjs';
import { countReporter } from './tests/count-reporter.mjs';
import { publishPagePlugin } from './tests/publish/page-plugin.mjs';
import { screenshotPlugin } from './tests/screenshot-plugin.mjs';
import { storybookPlugin } from './tests/storybook-plugin.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }),
    // Storybook's browser code as Vite serves it, for tests/stories.test.ts.
    storybookPlugin(),
    screenshotPlugin(),
    // The publishing page in a tab of its own, over http and from file:// (tests/publish/).
    publishPagePlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), args: chromeArgs },
    }),
  ],
  // One page at a time: sendKeys brings its page to the front, and a page in the background gets no animation
  // frames or screenshots.
  concurrency: 1,
  // A whole charter rendered and checked with axe takes seconds on a busy two-core machine; no test waits on time.
  testFramework: { config: { timeout: 15000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    // What the suite holds, less a margin (issue 15: lines 97.5, functions 97.1, branches 93.4 % when raised).
    threshold: { statements: 95, branches: 90, functions: 95, lines: 95 },
  },
  reporters: [defaultReporter(), countReporter()],
};
