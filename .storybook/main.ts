import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: every element on the real charters in data/, Bangla first.
 * `npm run storybook` / `npm run build-storybook` generate src/generated/* and custom-elements.json first:
 * preview.ts reads the manifest for the Docs and Controls tables.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Controls, actions, viewport, backgrounds and interactions are built into Storybook 10's core; Docs (autodocs)
  // is still its own addon.
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The charters are served as they would be on an office's site: <charter-services src="/data/kalukhali-doict.json">.
  staticDirs: [
    { from: '../data', to: '/data' },
    { from: '../tests/fixtures/search', to: '/tests/fixtures/search' },
  ],
  core: { disableTelemetry: true },
  // `storybook dev` only: pre-bundle every lit entry the stories and Storybook's renderer import in one pass, or the
  // renderer's raw `lit/directive-helpers.js` pulls in a second lit-html ("Multiple versions of Lit loaded").
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directives/if-defined.js',
        'lit/directive-helpers.js',
        '@lit/localize',
      ],
    },
  }),
};

export default config;
