import {
  type Decorator,
  type Preview,
  setCustomElementsManifest,
  type WebComponentsRenderer,
} from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
// Defines <charter-services>, <officer-contact> and <service-search>; their UI locale follows <html lang>.
import '../src/charter-widgets.ts';
import { glossaryLines } from '../src/generated/search-glossary.ts';
import { setGlossarySource } from '../src/search/glossary-source.ts';

type Declaration = {
  customElement?: boolean;
  members?: { privacy?: string; static?: boolean }[];
};

/** The analyzer lists private and protected members too; Storybook's tables and controls want the public ones. */
for (const module of (manifest as { modules?: { declarations?: Declaration[] }[] }).modules ?? [])
  for (const declaration of module.declarations ?? [])
    if (declaration.customElement)
      declaration.members = declaration.members?.filter(
        (member) => !member.static && (member.privacy ?? 'public') === 'public',
      );
setCustomElementsManifest(manifest);
// The drop-in script loads the search glossary from the file the build puts beside it; Storybook runs the sources.
setGlossarySource(async () => glossaryLines);

/** Sets <html lang> from the locale toolbar; a story can pin it with `globals: { locale: 'en' }`. */
const withLocale: Decorator = (story, context) => {
  // A docs page shows several stories in one document, and the locale is page-wide: the toolbar's value decides there.
  const locale = context.viewMode === 'docs' ? (context.userGlobals?.locale ?? context.globals.locale) : context.globals.locale;
  document.documentElement.lang = locale === 'en' ? 'en' : 'bn';
  return story();
};

/**
 * Controls from the manifest's types: events, CSS custom properties and CSS parts are documentation, not inputs (no
 * "Set object" control); an optional string attribute (`string | undefined`) gets a text box.
 */
const documentationOnly = new Set(['events', 'css custom properties', 'css shadow parts', 'slots']);
const controlsFromTypes: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (documentationOnly.has(String(argType.table?.category))) return [name, { ...argType, control: false }];
      if (argType.table?.type?.summary === 'string | undefined') return [name, { ...argType, control: { type: 'text' } }];
      return [name, argType];
    }),
  );

const preview: Preview = {
  tags: ['autodocs'],
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

export default preview;
