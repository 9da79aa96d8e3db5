import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { charterArgType, charters, orUndefined, srcArgType } from './shared.js';

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

/** `officer="milon-hossain"` looked up in the seed charter: name, designation, office, tap-to-call and e-mail. */
export const FromCharter: Story = {};

/** `variant="compact"`, as in the officer column of <charter-services> and in search results: no office line. */
export const Compact: Story = { args: { variant: 'compact' } };

/**
 * No charter: the standalone attributes, for a page that has only one contact to show. Two numbers in `phone`,
 * comma separated, each a tap-to-call link.
 */
export const Standalone: Story = {
  args: {
    src: '',
    officer: '',
    name: 'মোছাঃ সাবিনা ইয়াসমিন',
    designation: 'জেলা তথ্য অফিসার',
    office: 'জেলা তথ্য অফিস, মাগুরা',
    phone: '০২৪৭৭৭০০০০১, ০১৭০০-০০০১১১',
    email: 'dio.magura@pid.gov.bd',
  },
};

/** An officer the charter gives no e-mail address (a union parishad secretary): the phone alone. */
export const NoEmail: Story = { args: { src: charters.up, officer: 'habibur-rahman' } };

/** The seed's officer with `<html lang="en">`: English name and designation, ASCII digits. */
export const English: Story = { globals: { locale: 'en' } };

/** An `officer` id the charter does not have: the element names the id it could not find. */
export const UnknownOfficer: Story = { args: { officer: 'no-such-officer' } };
