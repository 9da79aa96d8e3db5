import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { charterArgType, charters, inEnglish, orUndefined, srcArgType } from './shared.js';

interface Args {
  src?: string;
  /** Listed in the table only (no control): a whole charter object. */
  charter?: unknown;
  sections?: string;
  group?: string;
  query?: string;
  timeout?: number;
  'print-preview'?: boolean;
  lang?: string;
}

const meta = {
  title: 'Elements/charter-services',
  component: 'charter-services',
  args: { src: charters.seed },
  argTypes: {
    src: srcArgType,
    charter: charterArgType,
    sections: { control: 'check', options: ['header', 'vision', 'services', 'expectations', 'grievance'] },
    group: { control: 'text' },
    query: { control: 'text' },
    timeout: { control: 'number' },
    'print-preview': { control: 'boolean' },
    lang: { control: 'select', options: ['', 'bn', 'en'] },
  },
  render: (args) =>
    html`<charter-services
      src=${ifDefined(orUndefined(args.src))}
      sections=${ifDefined(sectionsOf(args.sections))}
      group=${ifDefined(orUndefined(args.group))}
      query=${ifDefined(orUndefined(args.query))}
      timeout=${ifDefined(args.timeout)}
      ?print-preview=${args['print-preview']}
      lang=${ifDefined(orUndefined(args.lang))}
      @charter-load=${action('charter-load')}
      @charter-error=${action('charter-error')}
    ></charter-services>`,
} satisfies Meta<Args>;

/** The check control gives an array; the attribute takes the names separated by spaces. */
function sectionsOf(value: string | string[] | undefined): string | undefined {
  return orUndefined(Array.isArray(value) ? value.join(' ') : value);
}

export default meta;
type Story = StoryObj<Args>;

/** The seed charter (an upazila ICT office, 19 services in three groups), in Bangla. */
export const Default: Story = {};

/** The same charter with `<html lang="en">`: every label and every charter text in English, ASCII digits. */
export const English: Story = inEnglish('40rem');

/** `lang="en"` on the element of a Bangla page: this element alone speaks English (and `lang="bn"` the reverse). */
export const OwnLanguage: Story = { args: { lang: 'en' } };

/** `query="প্রশিক্ষণ"` (as a linked `<service-search>` sets it): only the matching services, and how many match. */
export const Filtered: Story = { args: { query: 'প্রশিক্ষণ' } };

/** A union parishad's charter: one group in the eight-column union parishad layout, officer cells as printed. */
export const UnionParishad8Column: Story = { args: { src: charters.up } };

/** A district office that also prints what it expects of citizens and a grievance redress (GRS) table. */
export const WithExpectationsAndGrievance: Story = { args: { src: charters.dio } };

/**
 * In a 320 px container (a phone, a sidebar) the element switches from tables to a card per service: its serial,
 * name, time limit and fee, the other cells one tap away (a `<details>`, which the browser's find in page opens).
 */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="width: 320px; outline: 1px dashed #c9d3ce">${story()}</div>`],
};

// The element shows "loading" until its fetch settles, which on a static server is too quick to see. This one URL is
// answered never, so the story shows the element's real loading state; every other request goes through untouched.
const NEVER_ANSWERED = '/data/never-answered.json';
let holding = false;
function holdFetchOf(path: string): void {
  if (holding) return;
  holding = true;
  const held = new URL(path, document.baseURI).href;
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return new URL(url, document.baseURI).href === held ? new Promise<Response>(() => {}) : fetch(input, init);
  };
}

/** While the charter is on its way: a status message (`role="status"`, `aria-busy`). The fetch here never settles. */
export const Loading: Story = {
  args: { src: NEVER_ANSWERED, timeout: 86400 },
  loaders: [
    async () => {
      holdFetchOf(NEVER_ANSWERED);
      return {};
    },
  ],
};

/** The same fetch past the element's `timeout` (here 2 seconds): the element says so and offers to try again. */
export const TimedOut: Story = {
  args: { src: NEVER_ANSWERED, timeout: 2 },
  loaders: Loading.loaders,
};

/** A loader giving the story `loaded.charter`: the seed, changed by `change`. */
function seedWith(change: (charter: any) => unknown) {
  return async () => {
    const charter = await (await fetch(charters.seed)).json();
    change(charter);
    return { charter };
  };
}

/** `src` names a file the server does not have: the error says what the server answered and which URL. */
export const Error404: Story = { args: { src: charters.missing } };

/** No `src`, no inline JSON, no `charter` property: the element says how to give it one. */
export const NoCharter: Story = { args: { src: '' } };

/**
 * The seed with three mistakes, set as the `charter` property: `office.name` missing, a serial given as a number, and
 * a field the format does not know. The element lists each problem, localized, with its path.
 */
export const InvalidCharter: Story = {
  args: { src: '' },
  loaders: [
    seedWith((charter) => {
      delete charter.office.name;
      charter.serviceGroups[0].services[1].serial = 2;
      charter.colour = 'green';
    }),
  ],
  render: (_args, { loaded }) =>
    html`<charter-services .charter=${loaded.charter} @charter-error=${action('charter-error')}></charter-services>`,
};

/** The `--charter-*` custom properties set on a wrapper: they inherit into every element (and the officer cards inside). */
export const ThemeOverride: Story = {
  decorators: [
    (story) =>
      html`<div
        style="
          --charter-font-family: 'Noto Serif Bengali', serif;
          --charter-color-primary: #1d3f8f;
          --charter-color-on-primary: #fffbea;
          --charter-color-accent: #c2410c;
          --charter-color-focus: #7c3aed;
          --charter-color-surface: #eef2fb;
          --charter-color-border: #9fb0d8;
          --charter-radius: 0;
          --charter-space: 1rem;
        "
      >
        ${story()}
      </div>`,
  ],
};

/** `sections="header services"`: only the office header and the services, for a page that shows the rest itself. */
export const OnlyHeaderAndServices: Story = { args: { sections: 'header services' } };

/** Section 3 and section 4 alone, as a "how to complain" page would show them. */
export const ExpectationsAndGrievanceOnly: Story = { args: { src: charters.dio, sections: 'expectations grievance' } };

/** `group="citizen"`: only the citizen services, for a page about them. */
export const OneGroup: Story = { args: { group: 'citizen' } };

/** A group id the charter does not have: the element names it, and shows the groups it does have. */
export const UnknownGroup: Story = { args: { group: 'citizen nagorik' } };

/** A charter whose group has no services (yet): the group says so instead of showing an empty table. */
export const EmptyGroup: Story = {
  args: { src: '' },
  loaders: [seedWith((charter) => (charter.serviceGroups[2].services = []))],
  render: (_args, { loaded }) =>
    html`<charter-services .charter=${loaded.charter} sections="services"></charter-services>`,
};

/**
 * A link to one service (`#institutional-6`): the element scrolls to it, marks it and moves focus there. Each service
 * has a "copy link" button that copies such a link.
 */
export const DeepLink: Story = {
  beforeEach: () => {
    history.replaceState(null, '', '#institutional-6');
    return () => history.replaceState(null, '', location.pathname + location.search);
  },
};

/**
 * `print-preview`: on screen, the board the office prints (A4 landscape when printed): the table with every column,
 * header rows repeated on each page, no buttons. Printing the page gives this whatever the attribute.
 */
export const PrintPreview: Story = { args: { 'print-preview': true } };
