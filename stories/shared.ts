/** What the three stories files share: the real charters in data/ (served at /data by .storybook/main.ts). */
import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';

type InputType = ArgTypes[string];

export const charters = {
  /** The seed: an upazila ICT office, 19 services in three groups, officer "milon-hossain". */
  seed: '/data/kalukhali-doict.json',
  /** A district information office with expectations of citizens and a grievance redress table. */
  dio: '/data/magura-dio.json',
  /** A union parishad: one group of services in the eight-column union parishad layout. */
  up: '/data/amalsar-up.json',
  /** An upazila health complex, Bangla only, imported from its charter text (tests/fixtures/search/). */
  health: '/tests/fixtures/search/upazila-health-complex.json',
  /** No such file: the server answers 404. */
  missing: '/data/does-not-exist.json',
} as const;

/** The `src` control: a choice of the charters above, or none. */
export const srcArgType: InputType = {
  control: 'select',
  options: ['', ...Object.values(charters)],
  labels: { '': '(none)' },
  description: 'URL of the charter JSON. Elements with the same `src` on one page share one fetch.',
  table: { category: 'attributes', type: { summary: 'string' } },
};

/** The `charter` property takes a whole charter object: too big for a control, so only listed. */
export const charterArgType: InputType = {
  control: false,
  table: { category: 'properties', type: { summary: 'object (charter JSON)' } },
};

/** `undefined` for an empty control, so the attribute is left off rather than set to "". */
export const orUndefined = (value: string | undefined): string | undefined => (value ? value : undefined);

/**
 * A story in English (`<html lang="en">`), shown in a frame of its own on the docs page. The UI locale is page-wide,
 * and a docs page renders its inline stories in one document in the toolbar's language; in its own frame the story
 * has its own. A frame does not grow with its content: `height` is the frame's.
 */
export function inEnglish(height: string): Pick<StoryObj, 'globals' | 'parameters'> {
  return { globals: { locale: 'en' }, parameters: { docs: { story: { inline: false, height } } } };
}
