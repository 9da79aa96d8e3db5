import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, userEvent, waitFor } from 'storybook/test';
import { charterArgType, charters, orUndefined, srcArgType } from './shared.js';

interface Args {
  src?: string;
  /** Listed in the table only (no control): a whole charter object. */
  charter?: unknown;
  placeholder?: string;
  limit?: number;
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
    limit: {
      control: { type: 'number', min: 1, max: 30, step: 1 },
      description: 'How many results to show at most.',
      table: { category: 'attributes', defaultValue: { summary: '8' } },
    },
  },
  render: ({ src, placeholder, limit }) =>
    html`<div style="max-width: 36rem">
      <service-search
        src=${ifDefined(orUndefined(src))}
        placeholder=${ifDefined(orUndefined(placeholder))}
        limit=${ifDefined(limit)}
        @service-select=${action('service-select')}
        @charter-load=${action('charter-load')}
        @charter-error=${action('charter-error')}
      ></service-search>
    </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Types into the search box once the charter has loaded (the query is the element's own state, not an attribute). */
function typeQuery(query: string): Story['play'] {
  return async ({ canvasElement }) => {
    const search = canvasElement.querySelector('service-search')!;
    const input = await waitFor(() => {
      const found = search.shadowRoot?.querySelector('input');
      if (!found) throw new Error('<service-search> has not loaded its charter yet');
      return found;
    });
    await userEvent.type(input, query);
  };
}

const options = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('service-search')!.shadowRoot!.querySelectorAll('[role="option"]');

/** The empty search box on the seed charter, with its localized hint. */
export const Default: Story = {};

/** A Bangla query: the results list under the box, each service with its group and serial. */
export const WithQuery: Story = {
  play: async (context) => {
    await typeQuery('প্রশিক্ষণ')!(context);
    await waitFor(() => expect(options(context.canvasElement).length).toBeGreaterThan(0));
  },
};

/** An English query with `<html lang="en">`: English labels and service names. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async (context) => {
    await typeQuery('cyber security')!(context);
    await waitFor(() => expect(options(context.canvasElement).length).toBeGreaterThan(0));
  },
};

/** `limit="3"`: at most three results however many services match. */
export const Limit3: Story = {
  args: { limit: 3 },
  play: async (context) => {
    await typeQuery('প্রশিক্ষণ')!(context);
    await waitFor(() => expect(options(context.canvasElement).length).toBe(3));
  },
};

/** A query nothing matches: the "no service found" message. */
export const NoResults: Story = {
  play: async (context) => {
    await typeQuery('পাসপোর্ট')!(context);
    await waitFor(() => expect(options(context.canvasElement).length).toBe(0));
  },
};

/** A page's own `placeholder`. */
export const CustomPlaceholder: Story = { args: { placeholder: 'সেবার নাম লিখুন' } };

/**
 * `for="services"` links the box to a `<charter-services id="services">`: typing filters the table (which says how
 * many services match), and choosing a result takes the page to that service.
 */
export const LinkedToTable: Story = {
  render: ({ src }) =>
    html`<service-search src=${ifDefined(orUndefined(src))} for="services"></service-search>
      <charter-services id="services" src=${ifDefined(orUndefined(src))} sections="services"></charter-services>`,
  play: typeQuery('সাইবর নিরাপত্তা'),
};

/** Bangla typed in Latin letters, as on many phones: "proshikkhon" finds the training services. */
export const RomanizedBangla: Story = { play: typeQuery('proshikkhon') };

/**
 * What people call a service, in English, on a charter printed only in Bangla: "vaccine for child" finds the EPI
 * service through the glossary and marks the Bangla word it found.
 */
export const EnglishOnBanglaCharter: Story = {
  args: { src: charters.health },
  globals: { locale: 'en' },
  play: async (context) => {
    await typeQuery('vaccine for child')!(context);
    await waitFor(() => expect(options(context.canvasElement).length).toBeGreaterThan(0));
  },
};

/** A question in everyday Bangla: the words that only ask (কোথায়, পাবো) are left out. */
export const EverydayQuestion: Story = {
  args: { src: charters.health },
  play: async (context) => {
    await typeQuery('অ্যাম্বুলেন্স কোথায় পাবো')!(context);
    await waitFor(() => expect(options(context.canvasElement).length).toBeGreaterThan(0));
  },
};
