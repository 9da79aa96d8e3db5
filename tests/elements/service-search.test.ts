import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/charter-widgets-all.js';
import type { CharterServices, ServiceSearch } from '../../src/charter-widgets-all.js';
import { glossaryLines } from '../../src/generated/search-glossary.js';
import { setGlossarySource } from '../../src/search/glossary-source.js';
import { copyOf, mount, inLocale, loadData, shadowOf, textsOf, useShippedGlossary } from '../helpers.js';

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

// The second result for ই-নথি (দাপ্তরিক ই-নথি বাস্তবায়ন…), which Arrow Down twice and Enter choose.
const SECOND_ENOTHI_RESULT = 'internal-13';

const status = (el: Element) => textsOf(shadowOf(el), '[role="status"]')[0] ?? '';

describe('<service-search>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('has a labelled search box and no results before typing', async () => {
    const el = await searchBox();
    const input = shadowOf(el).querySelector('input')!;
    expect(shadowOf(el).querySelector(`label[for="${input.id}"]`)?.textContent).to.equal('সেবা খুঁজুন');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(results(el)).to.deep.equal([]);
  });

  it('lists matching services as the person types, with group, fee, time limit and officer', async () => {
    const el = await searchBox();
    await type(el, 'সাইবার');
    expect(results(el)[0]).to.equal('সাইবার নিরাপত্তা বিষয়ে সচেতনাবৃদ্ধির লক্ষ্যে প্রয়োজনীয় পরামর্শ প্রদান');
    expect(textsOf(shadowOf(el), '[role="option"]:first-child .detail')).to.deep.equal([
      'নাগরিক সেবা ৫',
      'মূল্য: বিনামূল্যে',
      'সময়: তাৎক্ষণিক/কার্যদিবস (প্রযোজ্য ক্ষেত্রে)',
      'মোঃ মিলন হোসেন, ০১৮৫৭২৭০৭৯৮',
    ]);
    expect(textsOf(shadowOf(el), '[role="option"]:first-child mark')).to.deep.equal(['সাইবার']);
    expect(shadowOf(el).querySelector('input')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('announces the number of results politely, once typing pauses', async () => {
    const el = await searchBox();
    await type(el, 'ল্যাব');
    expect(status(el)).to.equal('');
    await waitUntil(() => status(el), 'the announcement', { timeout: 2000 });
    expect(status(el)).to.equal(`${results(el).length.toLocaleString('bn-BD')}টি সেবা পাওয়া গেছে`);
  });

  it('announces the count in English with a real plural', async () => {
    await inLocale('en', async () => {
      for (const [query, said] of [
        ['সাইবার', '1 service found'],
        ['ল্যাব', '3 services found'],
      ]) {
        const el = await searchBox();
        await type(el, query);
        await waitUntil(() => status(el), 'the announcement', { timeout: 4000 });
        expect(status(el)).to.equal(said);
        el.remove();
      }
    });
  });

  it('finds a service written with another spelling or a compound split apart', async () => {
    const el = await searchBox();
    await type(el, 'সরকারি দপ্তরের প্রশিক্ষণ');
    expect(results(el).slice(0, 2).join(' ')).to.contain('সরকারী বিভিন্ন দপ্তরের কর্মকর্তা ও কর্মচারীদের');
    const other = await searchBox();
    await type(other, 'ভাষা শিক্ষা');
    expect(results(other)[0]).to.contain('ভাষাশিক্ষা ল্যাবের');
  });

  it('finds services by their English text, in English', async () => {
    await inLocale('en', async () => {
      const el = await searchBox();
      await type(el, 'cyber security');
      expect(results(el)[0]).to.match(/cyber security/i);
      expect(textsOf(shadowOf(el), 'label')).to.deep.equal(['Find a service']);
    });
  });

  it('says when nothing matches and what to try', async () => {
    const el = await searchBox();
    await type(el, 'পাসপোর্ট');
    expect(results(el)).to.deep.equal([]);
    expect(textsOf(shadowOf(el), '.empty')[0]).to.contain('কোনো সেবা পাওয়া যায়নি');
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
    const chosen = oneEvent(el, 'charter-service-select');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.serviceId).to.equal(SECOND_ENOTHI_RESULT);
  });

  it('closes the list once a result is chosen, and opens it again with an arrow key', async () => {
    const el = await searchBox();
    await type(el, 'ট্রাবলশুটিং');
    const input = shadowOf(el).querySelector('input')!;
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(shadowOf(el).querySelector('[role="listbox"]')!.hasAttribute('hidden')).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await elementUpdated(el);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
  });

  for (const name of ['charter-service-select', 'service-select'] as const)
    it(`leaves the navigation to a page that prevents ${name}`, async () => {
      const el = await searchBox();
      el.addEventListener(name, (e) => e.preventDefault());
      await type(el, 'ট্রাবলশুটিং');
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(location.hash).to.equal('');
    });

  describe('without for, as the README pastes it', () => {
    it('takes the reader to the chosen service in the table on the page: URL hash, mark and focus', async () => {
      const data = await loadData('kalukhali-doict');
      const root = await mount(html`
        <service-search .charter=${data}></service-search>
        <charter-services .charter=${data}></charter-services>`);
      const search = root.querySelector('service-search')!;
      const table = root.querySelector<CharterServices>('charter-services')!;
      await type(search, 'ট্রাবলশুটিং');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => location.hash === '#institutional-6', 'the hash changes', { timeout: 4000 });
      await elementUpdated(table);
      // The table's row or, on a narrow page, the service's card: the one on screen.
      const row = [...shadowOf(table).querySelectorAll<HTMLElement>('.target')].find((el) => el.checkVisibility())!;
      expect(row.textContent).to.contain('ট্রাবলশ্যুটিং');
      await waitUntil(() => shadowOf(table).activeElement === row, 'the row takes the focus', { timeout: 4000 });
      // The table is not filtered: it is not linked.
      expect(shadowOf(table).querySelectorAll('.services [part="service"]')).to.have.length(19);
    });
  });

  it('clears with Escape', async () => {
    const el = await searchBox();
    await type(el, 'ল্যাব');
    await sendKeys({ press: 'Escape' });
    await elementUpdated(el);
    expect(shadowOf(el).querySelector('input')!.value).to.equal('');
    expect(results(el)).to.deep.equal([]);
  });

  it('fires charter-service-select, and service-select (its old name) after it, with the id of a clicked result', async () => {
    const el = await searchBox();
    await type(el, 'সাইবার');
    const fired: string[] = [];
    // Typed by the elements' HTMLElementEventMap entries (src/base/events.ts): e.detail.serviceId type-checks.
    const record = (e: HTMLElementEventMap['charter-service-select']) => fired.push(`${e.type} ${e.detail.serviceId}`);
    el.addEventListener('charter-service-select', record);
    el.addEventListener('service-select', record);
    const chosen = oneEvent(el, 'service-select');
    shadowOf(el).querySelector<HTMLElement>('[role="option"]')!.click();
    expect((await chosen).detail).to.deep.equal({ serviceId: 'citizen-5' });
    expect(fired).to.deep.equal(['charter-service-select citizen-5', 'service-select citizen-5']);
  });

  it('shows at most `limit` results', async () => {
    const el = await fixture<ServiceSearch>(
      html`<service-search limit="2" .charter=${await loadData('kalukhali-doict')}></service-search>`,
    );
    await type(el, 'প্রদান');
    expect(results(el)).to.have.length(2);
  });

  it('shows the default eight results when `limit` is no number', async () => {
    const el = await fixture<ServiceSearch>(
      html`<service-search limit="abc" .charter=${await loadData('kalukhali-doict')}></service-search>`,
    );
    await type(el, 'প্রদান');
    expect(results(el)).to.have.length(8);
  });

  it('takes its query from ?q= in the page URL', async () => {
    history.replaceState(null, '', `${location.pathname}?q=${encodeURIComponent('ট্রাবলশুটিং')}`);
    const el = await searchBox();
    expect(shadowOf(el).querySelector('input')!.value).to.equal('ট্রাবলশুটিং');
    expect(results(el)[0]).to.contain('ট্রাবলশ্যুটিং');
  });

  describe('linked to a table with for="ID"', () => {
    async function page() {
      const data = await loadData('kalukhali-doict');
      const root = await mount(html`
        <service-search for="linked-table" .charter=${data}></service-search>
        <charter-services id="linked-table" .charter=${data}></charter-services>
      </div>`);
      return {
        search: root.querySelector('service-search')!,
        table: root.querySelector<CharterServices>('charter-services')!,
      };
    }

    it('filters the table as the person types, and the table says how many match', async () => {
      const { search, table } = await page();
      await type(search, 'সাইবর নিরাপত্তা');
      await elementUpdated(table);
      expect(table.query).to.equal('সাইবর নিরাপত্তা');
      expect([...shadowOf(table).querySelectorAll('.services [part="service"]')].map((row) => row.id)).to.deep.equal([
        'citizen-5',
      ]);
      expect(textsOf(shadowOf(table), '.filter')).to.deep.equal(['১টি সেবা মিলেছে']);
      await waitUntil(() => status(table), 'the table announces its count', { timeout: 2000 });
      expect(status(table)).to.equal('১টি সেবা মিলেছে');
      await expect(table).to.be.accessible();
    });

    it('takes the reader to the chosen service: URL hash, scroll and mark', async () => {
      const { search, table } = await page();
      await type(search, 'ট্রাবলশুটিং');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => location.hash === '#institutional-6', 'the hash changes', { timeout: 4000 });
      await elementUpdated(table);
      expect(shadowOf(table).getElementById('institutional-6')!.classList.contains('target')).to.equal(true);
    });

    it('shows the whole table again when the box is cleared', async () => {
      const { search, table } = await page();
      await type(search, 'সাইবার');
      await sendKeys({ press: 'Escape' });
      await elementUpdated(search);
      await elementUpdated(table);
      expect(shadowOf(table).querySelectorAll('.services [part="service"]')).to.have.length(19);
      expect(shadowOf(table).querySelector('.filter')).to.equal(null);
    });
  });

  for (const locale of ['bn', 'en'] as const)
    it(`is accessible with results in ${locale}`, async () => {
      await inLocale(locale, async () => {
        const el = await searchBox();
        await type(el, 'ল্যাব');
        await expect(el).to.be.accessible();
      });
    });

  for (const locale of ['bn', 'en'] as const)
    it(`marks the Bangla words an English query found, in ${locale}`, async () => {
      const data = await (await fetch('/tests/fixtures/search/union-parishad-field-format.json')).json();
      await inLocale(locale, async () => {
        const el = await fixture<ServiceSearch>(html`<service-search .charter=${data}></service-search>`);
        await type(el, 'birth certificate');
        expect(results(el)[0]).to.equal('জন্ম নিবন্ধন করণ ও সনদ প্রদান');
        expect(textsOf(shadowOf(el), '[role="option"]:first-child mark')).to.deep.equal(['জন্ম', 'নিবন্ধন', 'সনদ']);
        await expect(el).to.be.accessible();
      });
    });

  it('says the search is being prepared until its index is complete, then shows the results', async () => {
    // The index is complete once the glossary is in: hold the glossary back.
    let release = () => {};
    setGlossarySource(() => new Promise((resolve) => (release = () => resolve(glossaryLines))));
    const search = document.createElement('service-search');
    try {
      // Not fixture(): the element's updateComplete waits for the index, which waits for the glossary.
      search.charter = await copyOf('kalukhali-doict');
      document.body.append(search);
      await waitUntil(() => search.shadowRoot?.querySelector('input'), 'the search box');
      shadowOf(search).querySelector('input')!.focus();
      await sendKeys({ type: 'সাইবার' });
      await waitUntil(() => textsOf(shadowOf(search), '.empty')[0] === 'খোঁজার প্রস্তুতি চলছে…', 'the preparing line');
      expect(results(search)).to.deep.equal([]);
      release();
      await search.updateComplete;
      expect(results(search)[0]).to.contain('সাইবার নিরাপত্তা');
      expect(textsOf(shadowOf(search), '.empty')).to.deep.equal([]);
    } finally {
      search.remove();
      useShippedGlossary();
    }
  });
});
