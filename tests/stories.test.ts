import { expect, waitUntil } from '@open-wc/testing';
import { setProjectAnnotations, type WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ComposedStoryFn } from 'storybook/internal/types';
import { composeStories } from 'storybook/preview-api';
import annotations from '../.storybook/annotations.js';
import { getLocale } from '../src/charter-widgets-all.js';
import * as charterServices from '../stories/charter-services.stories.js';
import * as officerContact from '../stories/officer-contact.stories.js';
import * as serviceSearch from '../stories/service-search.stories.js';
import { shadowOf } from './helpers.js';

/**
 * Every story of the three stories files as Storybook shows it (portable stories: the project's decorators and
 * globals, then the story's loaders, args, render and play function). Each must show its element with content, in
 * the story's locale, pass its play function, and pass axe.
 */
const project = setProjectAnnotations(annotations);
type Story = ComposedStoryFn<WebComponentsRenderer>;
const storiesOf = (module: Parameters<typeof composeStories>[0]) =>
  Object.entries(composeStories(module, project) as Record<string, Story>);

const files = [
  // The Loading story holds its fetch forever: it must show the loading status, which every other story leaves.
  { tag: 'charter-services', stories: storiesOf(charterServices), staysLoading: ['Loading'] },
  { tag: 'officer-contact', stories: storiesOf(officerContact), staysLoading: [] },
  { tag: 'service-search', stories: storiesOf(serviceSearch), staysLoading: [] },
];

type CharterElement = HTMLElement & { updateComplete: Promise<boolean> };
const loading = (el: Element) => shadowOf(el).querySelector('[aria-busy="true"]') !== null;
// Bounds, not waits: a fetch, a whole charter rendered and axe take seconds on a busy two-core machine.
const bound = { timeout: 10000 };

for (const { tag, stories, staysLoading } of files)
  describe(`stories of <${tag}>`, function () {
    this.timeout(30000);
    for (const [name, story] of stories)
      it(name, async () => {
        const canvasElement = document.createElement('div');
        document.body.append(canvasElement);
        try {
          await story.run({ canvasElement });
          const elements = [
            ...canvasElement.querySelectorAll<CharterElement>('charter-services, officer-contact, service-search'),
          ];
          expect(elements.map((el) => el.localName)).to.include(tag);
          const locale = String(story.globals.locale);
          await waitUntil(() => getLocale() === locale, `the UI in the story's locale (${locale})`, bound);
          if (staysLoading.includes(name)) expect(elements.every(loading), 'shows that it is loading').to.be.true;
          else await waitUntil(() => !elements.some(loading), 'the charter loaded or failed', bound);
          for (const el of elements) {
            await el.updateComplete;
            expect(shadowOf(el).textContent?.trim(), `<${el.localName}> shows text`).to.not.be.empty;
            expect(el.getBoundingClientRect().height, `<${el.localName}> takes room`).to.be.greaterThan(0);
            // The element's content (not a loading or error message) carries the UI locale.
            const content = shadowOf(el).querySelector<HTMLElement>(':scope > [lang]');
            if (content) expect(content.lang, `<${el.localName}> in the story's locale`).to.equal(locale);
          }
          await expect(canvasElement).to.be.accessible();
        } finally {
          canvasElement.remove();
        }
      });
  });
