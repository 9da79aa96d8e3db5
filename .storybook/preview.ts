import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
// Defines <charter-services>, <officer-contact> and <service-search>; their UI locale follows <html lang>.
import '../src/charter-widgets-all.ts';
import { glossaryLines } from '../src/generated/search-glossary.ts';
import { setGlossarySource } from '../src/search/glossary-source.ts';
import annotations from './annotations.ts';

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

// `tags` stays here: Storybook reads it from this file when it lists the stories (autodocs gives each a docs page).
const preview: Preview = { ...annotations, tags: ['autodocs'] };

export default preview;
