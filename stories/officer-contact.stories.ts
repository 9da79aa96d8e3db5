import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { charterArgType, charters, inEnglish, orUndefined, srcArgType } from './shared.js';

interface Args {
  src?: string;
  /** Listed in the table only (no control): a whole charter object. */
  charter?: unknown;
  officer?: string;
  variant?: 'card' | 'compact';
  name?: string;
  designation?: string;
  office?: string;
  phone?: string;
  email?: string;
}

const meta = {
  title: 'Elements/officer-contact',
  component: 'officer-contact',
  args: { src: charters.seed, officer: 'milon-hossain', variant: 'card' },
  argTypes: {
    src: srcArgType,
    charter: charterArgType,
    variant: {
      control: 'inline-radio',
      options: ['card', 'compact'],
      description: '`card` (default) for a page or sidebar, `compact` for table cells and search results.',
      table: { category: 'attributes', defaultValue: { summary: "'card'" } },
    },
  },
  render: (args) =>
    html`<officer-contact
      src=${ifDefined(orUndefined(args.src))}
      officer=${ifDefined(orUndefined(args.officer))}
      variant=${ifDefined(args.variant)}
      name=${ifDefined(orUndefined(args.name))}
      designation=${ifDefined(orUndefined(args.designation))}
      office=${ifDefined(orUndefined(args.office))}
      phone=${ifDefined(orUndefined(args.phone))}
      email=${ifDefined(orUndefined(args.email))}
      @charter-load=${action('charter-load')}
      @charter-error=${action('charter-error')}
    ></officer-contact>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/**
 * `officer="milon-hossain"` looked up in the seed charter: name, designation, office, tap-to-call and e-mail links, a
 * copy button beside each, and "save contact", which downloads the officer as a vCard for the phone's contacts.
 */
export const FromCharter: Story = {};

/**
 * `variant="compact"`, as in the officer column of <charter-services> and in search results: no box, no office line,
 * no buttons; the links only. Shown here in a cell-wide container.
 */
export const Compact: Story = {
  args: { variant: 'compact' },
  decorators: [(story) => html`<div style="width: 180px; outline: 1px dashed #c9d3ce">${story()}</div>`],
};

/** No charter: the standalone attributes, for a page that has only one contact to show. */
export const Standalone: Story = {
  args: {
    src: '',
    officer: '',
    name: 'মোছাঃ সাবিনা ইয়াসমিন',
    designation: 'জেলা তথ্য অফিসার',
    office: 'জেলা তথ্য অফিস, মাগুরা',
    phone: '০১৭০০-০০০১১১',
    email: 'dio.magura@pid.gov.bd',
  },
};

/**
 * Several numbers in `phone`, comma separated, as charters write them: Bangla or ASCII digits, dashes, spaces, +৮৮০,
 * landlines with their area codes. Each is a tap-to-call link in E.164 (hover to see it); `১২৩` is not a plausible
 * number, so it stays text, with no link and no copy button.
 */
export const SeveralPhones: Story = {
  args: {
    ...Standalone.args,
    phone: '০২-৯৫১৪১৪১, ০৪৮৮-৬২০০০১, 01700-000111, +৮৮০ ১৮৫৭-২৭০৭৯৮, ১২৩',
  },
};

/** An officer the charter gives no e-mail address (a union parishad secretary): the phone alone. */
export const NoEmail: Story = { args: { src: charters.up, officer: 'habibur-rahman' } };

/** An officer the charter names by designation only (the UNO): the designation stands in for the name. */
export const DesignationOnly: Story = { args: { src: charters.up, officer: 'uno-sreepur' } };

/** The seed's officer with `<html lang="en">`: English name and designation, ASCII digits, English buttons. */
export const English: Story = inEnglish('20rem');

/** In a 300 px sidebar: a long e-mail address wraps, its copy button goes under it. */
export const Sidebar: Story = {
  decorators: [(story) => html`<div style="width: 300px">${story()}</div>`],
};

/** The `--charter-*` custom properties set on a wrapper, and `::part(save-button)` styled by the page. */
export const ThemeOverride: Story = {
  decorators: [
    (story) =>
      html`<style>
          .themed officer-contact::part(save-button) {
            width: 100%;
          }
        </style>
        <div
          class="themed"
          style="
            --charter-color-primary: #1d3f8f;
            --charter-color-on-primary: #fffbea;
            --charter-color-accent: #c2410c;
            --charter-color-border: #9fb0d8;
            --charter-radius: 0;
            --charter-space: 1rem;
            width: 320px;
          "
        >
          ${story()}
        </div>`,
  ],
};

/** An `officer` id the charter does not have: the element names the id it could not find. */
export const UnknownOfficer: Story = { args: { officer: 'no-such-officer' } };
