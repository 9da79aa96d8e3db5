import type { Decorator, Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';

/**
 * The project annotations that stories render with, in Storybook (preview.ts) and in the tests that run each story
 * (tests/stories.test.ts). The custom-elements manifest stays in preview.ts: only Storybook's tables need it.
 */

/** Sets <html lang> from the locale toolbar; a story can pin it with `globals: { locale: 'en' }`. */
const withLocale: Decorator = (story, context) => {
  // A docs page shows its inline stories in one document, and the locale is page-wide: the toolbar's value decides
  // there. A story with a locale of its own gets a frame of its own there (inEnglish in stories/shared.ts), in which
  // it renders in story mode, with its own globals.
  const locale =
    context.viewMode === 'docs' ? (context.userGlobals?.locale ?? context.globals.locale) : context.globals.locale;
  document.documentElement.lang = locale === 'en' ? 'en' : 'bn';
  return story();
};

/**
 * Controls from the manifest's types: events, CSS custom properties and CSS parts are documentation, not inputs; a
 * property without an attribute of its own name (`charter`, `contact`, `printPreview` beside `print-preview`) is set
 * from script, so it is listed with no control (no "Set object"); an optional string attribute gets a text box.
 */
const documentationOnly = new Set(['events', 'css custom properties', 'css shadow parts', 'slots', 'properties']);
const controlsFromTypes: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (documentationOnly.has(String(argType.table?.category))) return [name, { ...argType, control: false }];
      if (argType.table?.type?.summary === 'string | undefined')
        return [name, { ...argType, control: { type: 'text' } }];
      return [name, argType];
    }),
  );

const annotations: Preview = {
  globalTypes: {
    locale: {
      description: 'UI and charter language (sets <html lang>, which the elements follow)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'bn', title: 'বাংলা (bn)', right: 'bn' },
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'bn' },
  decorators: [withLocale],
  argTypesEnhancers: [controlsFromTypes],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
    a11y: { test: 'todo' },
  },
};

export default annotations;
