import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/charter-widgets-all.js';
import type { CharterServices } from '../../src/charter-widgets-all.js';
import { inLocale, loadData, mount, shadowOf } from '../helpers.js';

/** The element between two buttons of the page, in a container of a given width. */
async function show(width: number) {
  const data = await loadData('kalukhali-doict');
  const page = await mount(html`<div style="width: ${width}px">
    <button>before</button>
    <charter-services .charter=${data}></charter-services>
    <button>after</button>
  </div>`);
  const el = page.querySelector('charter-services')!;
  const [before, after] = page.querySelectorAll('button');
  return { el, before, after };
}

/** Each Tab stop inside the element from `from` on, until focus leaves it: the service it is in, and what it is. */
async function tabStops(el: CharterServices, from: HTMLElement): Promise<string[]> {
  from.focus();
  const stops: string[] = [];
  for (;;) {
    await sendKeys({ press: 'Tab' });
    const focused = shadowOf(el).activeElement as HTMLElement | null;
    if (!focused) return stops;
    const service = focused.closest('[part~="service"]');
    const where = service?.id || service?.querySelector('[part="service-name"]')?.textContent?.trim();
    stops.push(`${where ?? '-'} ${focused.localName}`);
    if (stops.length > 100) throw new Error('too many stops');
  }
}

const SEED_IDS = [
  ...['citizen-1', 'citizen-2', 'citizen-3', 'citizen-4', 'citizen-5', 'citizen-6'],
  ...Array.from({ length: 11 }, (_, i) => `institutional-${i + 1}`),
  'internal-12',
  'internal-13',
];

describe('<charter-services> from the keyboard (issue 11 item 9)', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('takes one Tab per service in the table (three before: copy link, phone, e-mail)', async () => {
    const { el, before, after } = await show(1280);
    const stops = await tabStops(el, before);
    expect(stops.slice(0, 2)).to.deep.equal(['- a', '- a']); // the office's website, the skip link
    expect(stops.slice(2)).to.deep.equal(SEED_IDS.map((id) => `${id} button`));
    expect(stops).to.have.length(21);
    expect(document.activeElement === after, 'focus leaves for the button after').to.equal(true);
  });

  it('takes one Tab per service in the cards of a 360 px container: its summary', async () => {
    const { el, before } = await show(360);
    const stops = await tabStops(el, before);
    expect(stops).to.have.length(21);
    expect(stops.slice(2)).to.deep.equal(SEED_IDS.map((id) => `${id} summary`));
  });

  it("moves between a service's copy button and links with the arrow keys", async () => {
    const { el } = await show(1280);
    const row = shadowOf(el).getElementById('citizen-1')!;
    row.querySelector('button')!.focus();
    const focused = () => {
      const active = shadowOf(el).activeElement!;
      return active.getAttribute('href') ?? active.textContent!.trim();
    };
    const seen = [focused()];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']) {
      await sendKeys({ press: key });
      seen.push(focused());
    }
    expect(seen).to.deep.equal([
      'লিংক কপি করুন',
      'tel:+8801857270798',
      'mailto:ap.kalukhali@doict.gov.bd',
      'mailto:ap.kalukhali@doict.gov.bd',
      'tel:+8801857270798',
      'লিংক কপি করুন',
      'লিংক কপি করুন',
    ]);
  });

  it('moves from an open card’s summary to its links and copy button with the arrow keys', async () => {
    const { el } = await show(360);
    const card = shadowOf(el).querySelector('.service-list > li')!;
    card.querySelector('summary')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadowOf(el).activeElement!.localName, 'a closed card keeps focus on its summary').to.equal('summary');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => card.querySelector('details')!.open, 'the card opens');
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowRight' });
      const active = shadowOf(el).activeElement!;
      seen.push(active.getAttribute('href') ?? active.textContent!.trim());
    }
    expect(seen).to.deep.equal(['tel:+8801857270798', 'mailto:ap.kalukhali@doict.gov.bd', 'লিংক কপি করুন']);
  });

  for (const locale of ['bn', 'en'] as const)
    it(`offers a skip link past the services, shown when it has focus, in ${locale}`, async () => {
      await inLocale(locale, async () => {
        const { el, before, after } = await show(1280);
        const skip = shadowOf(el).querySelector<HTMLAnchorElement>('.services > a')!;
        expect(skip.textContent!.trim()).to.equal(
          locale === 'bn' ? 'সেবার তালিকা পেরিয়ে যান' : 'Skip the list of services',
        );
        expect(skip.getBoundingClientRect().width, 'hidden until it has focus').to.be.at.most(1);
        before.focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        expect(shadowOf(el).activeElement === skip, 'the skip link has focus').to.equal(true);
        expect(skip.getBoundingClientRect().width).to.be.greaterThan(100);
        if (locale === 'bn') await executeServerCommand('save-screenshot', { name: 'keyboard-skip-link' });
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Enter' });
        expect(shadowOf(el).activeElement?.className).to.equal('services-end');
        expect(location.hash).to.equal('');
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement === after, 'the next Tab leaves the services').to.equal(true);
        expect(
          shadowOf(el).querySelector<HTMLElement>('.services-end')!.tabIndex,
          'and no Tab stop is left behind',
        ).to.equal(-1);
      });
    });

  it('draws every focus ring in the theme focus colour, not the error colour', async () => {
    const { el } = await show(1280);
    const button = shadowOf(el).querySelector<HTMLButtonElement>('.copy-link')!;
    button.focus();
    await sendKeys({ press: 'ArrowRight' });
    const link = shadowOf(el).activeElement!;
    expect(getComputedStyle(link).outlineColor).to.equal('rgb(11, 87, 208)');
    await executeServerCommand('save-screenshot', { name: 'keyboard-focus-ring' });
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
    el.style.setProperty('--charter-color-focus', 'rgb(120, 0, 160)');
    expect(getComputedStyle(link).outlineColor).to.equal('rgb(120, 0, 160)');
  });
});
