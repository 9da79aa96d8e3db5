import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/charter-widgets.js';
import type { ServiceSearch } from '../../src/charter-widgets.js';
import { inLocale, loadData, shadowOf, textsOf } from '../helpers.js';

async function searchBox(): Promise<ServiceSearch> {
  return fixture<ServiceSearch>(html`<service-search .charter=${await loadData('kalukhali-doict')}></service-search>`);
}

async function type(el: ServiceSearch, text: string): Promise<void> {
  shadowOf(el).querySelector('input')!.focus();
  await sendKeys({ type: text });
  await elementUpdated(el);
}

function results(el: ServiceSearch): string[] {
  return textsOf(shadowOf(el), '[role="option"] .name');
}

describe('<service-search>', () => {
  it('has a labelled search box and no results before typing', async () => {
    const el = await searchBox();
    const input = shadowOf(el).querySelector('input')!;
    expect(shadowOf(el).querySelector(`label[for="${input.id}"]`)?.textContent).to.equal('সেবা খুঁজুন');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(results(el)).to.deep.equal([]);
  });

  it('lists matching services as the person types', async () => {
    const el = await searchBox();
    await type(el, 'সাইবার');
    expect(results(el)).to.deep.equal(['সাইবার নিরাপত্তা বিষয়ে সচেতনাবৃদ্ধির লক্ষ্যে প্রয়োজনীয় পরামর্শ প্রদান']);
    expect(textsOf(shadowOf(el), '[role="status"]')).to.deep.equal(['১টি সেবা পাওয়া গেছে']);
    expect(shadowOf(el).querySelector('input')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('finds a service written with another spelling or a compound split apart', async () => {
    const el = await searchBox();
    await type(el, 'সরকারি দপ্তরের প্রশিক্ষণ');
    expect(results(el)[0]).to.contain('সরকারী বিভিন্ন দপ্তরের কর্মকর্তা ও কর্মচারীদের');
    const other = await searchBox();
    await type(other, 'ভাষা শিক্ষা');
    expect(results(other)[0]).to.contain('ভাষাশিক্ষা ল্যাবের');
  });

  it('finds services by their English text', async () => {
    await inLocale('en', async () => {
      const el = await searchBox();
      await type(el, 'cyber security');
      expect(results(el)[0]).to.match(/cyber security/i);
    });
  });

  it('says when nothing matches', async () => {
    const el = await searchBox();
    await type(el, 'পাসপোর্ট');
    expect(results(el)).to.deep.equal([]);
    expect(textsOf(shadowOf(el), '.empty')).to.deep.equal(['কোনো সেবা পাওয়া যায়নি।']);
  });

  it('moves through results with the arrow keys and chooses with Enter', async () => {
    const el = await searchBox();
    await type(el, 'ই-নথি');
    const input = shadowOf(el).querySelector('input')!;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await elementUpdated(el);
    const options = shadowOf(el).querySelectorAll('[role="option"]');
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[1].id);
    expect(options[1].getAttribute('aria-selected')).to.equal('true');
    const chosen = oneEvent(el, 'service-select');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.serviceId).to.match(/^(citizen|institutional|internal)-\d+$/);
  });

  it('clears with Escape', async () => {
    const el = await searchBox();
    await type(el, 'ল্যাব');
    await sendKeys({ press: 'Escape' });
    await elementUpdated(el);
    expect(shadowOf(el).querySelector('input')!.value).to.equal('');
    expect(results(el)).to.deep.equal([]);
  });

  it('fires service-select with the id when a result is clicked', async () => {
    const el = await searchBox();
    await type(el, 'সাইবার');
    const chosen = oneEvent(el, 'service-select');
    shadowOf(el).querySelector<HTMLElement>('[role="option"]')!.click();
    expect((await chosen).detail).to.deep.equal({ serviceId: 'citizen-5' });
  });

  it('shows at most `limit` results', async () => {
    const el = await fixture<ServiceSearch>(
      html`<service-search limit="2" .charter=${await loadData('kalukhali-doict')}></service-search>`,
    );
    await type(el, 'প্রদান');
    expect(results(el)).to.have.length(2);
  });

  for (const locale of ['bn', 'en'] as const)
    it(`is accessible with results in ${locale}`, async () => {
      await inLocale(locale, async () => {
        const el = await searchBox();
        await type(el, 'ল্যাব');
        await expect(el).to.be.accessible();
      });
    });
});
