import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import { charterArgType, charters, inEnglish, orUndefined, srcArgType } from './shared.js';

interface Args {
  src?: string;
  /** What is typed in the box: a story shows its results through it, on the docs page too. */
  query?: string;
  /** Listed in the table only (no control): a whole charter object. */
  charter?: unknown;
  placeholder?: string;
  limit?: number;
  for?: string;
}

const meta = {
  title: 'Elements/service-search',
  component: 'service-search',
  args: { src: charters.seed, limit: 8 },
  argTypes: {
    src: srcArgType,
    charter: charterArgType,
    placeholder: {
      control: 'text',
      description: 'Placeholder of the search box; a localized hint when not set.',
      table: { category: 'attributes' },
    },
    query: {
      control: 'text',
      description: 'What is typed in the box (`?q=` in the page URL fills it too).',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    limit: {
      control: { type: 'number', min: 1, max: 30, step: 1 },
      description: 'How many results to show at most.',
      table: { category: 'attributes', defaultValue: { summary: '8' } },
    },
  },
  render: ({ src, query, placeholder, limit, for: table }) =>
    html`<div style="max-width: 36rem">
      <service-search
        src=${ifDefined(orUndefined(src))}
        query=${ifDefined(orUndefined(query))}
        placeholder=${ifDefined(orUndefined(placeholder))}
        limit=${ifDefined(limit)}
        for=${ifDefined(orUndefined(table))}
        @charter-service-select=${action('charter-service-select')}
        @charter-load=${action('charter-load')}
        @charter-error=${action('charter-error')}
      ></service-search>
    </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/**
 * The results a story's `query` gives, once the element is ready: the search box shows once the charter is here (a
 * fetch, hence the generous bound), and then `updateComplete` settles once the search index is built.
 */
function expectOptions(check: (count: number) => void): Story['play'] {
  return async ({ canvasElement }) => {
    const search = canvasElement.querySelector('service-search')!;
    await waitFor(() => expect(search.shadowRoot?.querySelector('input')).toBeTruthy(), { timeout: 10000 });
    await search.updateComplete;
    check(search.shadowRoot!.querySelectorAll('[role="option"]').length);
  };
}
const someResults = expectOptions((count) => expect(count).toBeGreaterThan(0));

/** The empty search box on the seed charter, with its localized hint. */
export const Default: Story = {};

/** A Bangla query: the results list under the box, each service with its group and serial. */
export const WithQuery: Story = { args: { query: 'প্রশিক্ষণ' }, play: someResults };

/** An English query with `<html lang="en">`: English labels and service names. */
export const English: Story = { args: { query: 'cyber security' }, ...inEnglish('20rem'), play: someResults };

/** `limit="3"`: at most three results however many services match. */
export const Limit3: Story = {
  args: { query: 'প্রশিক্ষণ', limit: 3 },
  play: expectOptions((count) => expect(count).toBe(3)),
};

/** A query nothing matches: the "no service found" message. */
export const NoResults: Story = { args: { query: 'পাসপোর্ট' }, play: expectOptions((count) => expect(count).toBe(0)) };

/** A page's own `placeholder`. */
export const CustomPlaceholder: Story = { args: { placeholder: 'সেবার নাম লিখুন' } };

/**
 * `for="services"` links the box to a `<charter-services id="services">`: typing filters the table (which says how
 * many services match), and choosing a result takes the page to that service.
 */
export const LinkedToTable: Story = {
  args: { query: 'সাইবর নিরাপত্তা', for: 'services' },
  render: ({ src, query, for: table }) =>
    html`<service-search
        src=${ifDefined(orUndefined(src))}
        query=${ifDefined(orUndefined(query))}
        for=${ifDefined(orUndefined(table))}
      ></service-search>
      <charter-services id=${ifDefined(orUndefined(table))} src=${ifDefined(orUndefined(src))} sections="services"></charter-services>`,
  play: someResults,
};

/** Bangla typed in Latin letters, as on many phones: "proshikkhon" finds the training services. */
export const RomanizedBangla: Story = { args: { query: 'proshikkhon' }, play: someResults };

/**
 * What people call a service, in English, on a charter printed only in Bangla: "vaccine for child" finds the EPI
 * service through the glossary and marks the Bangla word it found.
 */
export const EnglishOnBanglaCharter: Story = {
  args: { src: charters.health, query: 'vaccine for child' },
  ...inEnglish('20rem'),
  play: someResults,
};

/** A question in everyday Bangla: the words that only ask (কোথায়, পাবো) are left out. */
export const EverydayQuestion: Story = {
  args: { src: charters.health, query: 'অ্যাম্বুলেন্স কোথায় পাবো' },
  play: someResults,
};
