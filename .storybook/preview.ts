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

type Declaration = {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: { kind?: string; privacy?: string; static?: boolean }[];
  cssParts?: { name: string }[];
};

/**
 * The elements are defined through defineElement(), which the analyzer does not follow, so the manifest may lack
 * their tag names; fill them in (a no-op once the classes carry a `@tagname` JSDoc tag). Also: only public fields in
 * the tables, and CSS parts shown as `::part(name)`, which keeps the part `name` from replacing the `name` attribute in
 * Storybook's argTypes (both are keyed by name). The analyzer puts everything after `@summary` into `summary`, leaving
 * `description` (what the Docs page shows) empty: fall back to the summary.
 */
const tagNames: Record<string, string> = {
  CharterServices: 'charter-services',
  OfficerContact: 'officer-contact',
  ServiceSearch: 'service-search',
};
for (const module of (manifest as { modules?: { declarations?: Declaration[] }[] }).modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    const tagName = declaration.name ? tagNames[declaration.name] : undefined;
    if (!tagName) continue;
    declaration.tagName ??= tagName;
    declaration.customElement = true;
    if (!declaration.description) declaration.description = declaration.summary;
    declaration.members = declaration.members?.filter(
      (member) => !member.static && (member.privacy ?? 'public') === 'public',
    );
    declaration.cssParts = declaration.cssParts?.map((part) =>
      part.name.startsWith('::part(') ? part : { ...part, name: `::part(${part.name})` },
    );
  }
}
setCustomElementsManifest(manifest);

/** Sets <html lang> from the locale toolbar; a story can pin it with `globals: { locale: 'en' }`. */
const withLocale: Decorator = (story, context) => {
  // A docs page shows several stories in one document, and the locale is page-wide: the toolbar's value decides there.
  const locale = context.viewMode === 'docs' ? (context.userGlobals?.locale ?? context.globals.locale) : context.globals.locale;
  document.documentElement.lang = locale === 'en' ? 'en' : 'bn';
  return story();
};

/** Events, CSS custom properties and CSS parts are documentation, not inputs: no "Set object" control for them. */
const documentationOnly = new Set(['events', 'css custom properties', 'css shadow parts', 'slots']);
const withoutControlsForDocumentation: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      documentationOnly.has(String(argType.table?.category)) ? { ...argType, control: false } : argType,
    ]),
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
  argTypesEnhancers: [withoutControlsForDocumentation],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
    a11y: { test: 'todo' },
  },
};

export default preview;
