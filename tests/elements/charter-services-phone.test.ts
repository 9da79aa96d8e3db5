import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/charter-widgets-all.js';
import type { CharterServices } from '../../src/charter-widgets-all.js';
import { inLocale, loadData, shadowOf, textsOf } from '../helpers.js';

interface Options {
  width: number;
  name?: string;
  query?: string;
  printPreview?: boolean;
}

/** The element in a container of a given width, once its text has its font (the font sets every height). */
async function show({ width, name = 'kalukhali-doict', query = '', printPreview = false }: Options) {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const el = await fixture<CharterServices>(
    html`<charter-services .charter=${await loadData(name)} query=${query} ?print-preview=${printPreview}></charter-services>`,
    { parentNode: container },
  );
  await document.fonts.ready;
  return el;
}

const screenshot = (name: string) => executeServerCommand('save-screenshot', { name });
const cards = (el: CharterServices) => [...shadowOf(el).querySelectorAll<HTMLElement>('.service-list > li')];
const shows = (el: Element) => el.checkVisibility();

describe('<charter-services> in a narrow container (issue 11 item 5)', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 1280, height: 800 });
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('fits the whole seed charter within 8 screens of a 360 x 740 phone', async () => {
    const el = await show({ width: 360 });
    const height = el.getBoundingClientRect().height;
    console.log(`the seed charter at 360 px: ${Math.round(height)} px tall`);
    expect(height).to.be.at.most(8 * 740);
    expect(cards(el)).to.have.length(19);
    expect(cards(el).filter(shows)).to.have.length(19);
    expect([...shadowOf(el).querySelectorAll('details')].filter((details) => details.open)).to.have.length(0);
    expect([...shadowOf(el).querySelectorAll('.group table')].filter(shows)).to.have.length(0);
  });

  it('shows each service as its serial and name, its time limit and fee below, the other cells one tap away', async () => {
    const el = await show({ width: 360 });
    const card = cards(el)[0];
    expect(textsOf(card, 'summary')).to.deep.equal([
      '১ আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান তাৎক্ষণিক/কার্যদিবস (প্রযোজ্য ক্ষেত্রে)বিনামূল্যে',
    ]);
    expect(textsOf(card, '[part="service-name"]')).to.deep.equal(['আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান']);
    expect(textsOf(card, '.brief > span')).to.deep.equal(['তাৎক্ষণিক/কার্যদিবস (প্রযোজ্য ক্ষেত্রে)', 'বিনামূল্যে']);
    const cells = [...card.querySelectorAll<HTMLElement>('[data-label]')];
    expect(cells.map((cell) => cell.dataset.label)).to.deep.equal([
      'সেবা প্রদান পদ্ধতি',
      'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান',
      'দায়িত্বপ্রাপ্ত কর্মকর্তা',
    ]);
    expect(cells.filter(shows)).to.have.length(0);

    card.querySelector('summary')!.click();
    await waitUntil(() => cells.every(shows), 'the cells show');
    expect(cells.map((cell) => getComputedStyle(cell, '::before').content)).to.deep.equal(
      cells.map((cell) => JSON.stringify(cell.dataset.label)),
    );
    expect(textsOf(card, '[data-label]')).to.deep.equal([
      'দাপ্তরিক ওয়েব সাইট/ টেলিফোন/ ই-মেইল/সরাসরি',
      'প্রযোজ্য ক্ষেত্রে আবেদনপত্র, উপজেলা কার্যালয়, কালুখালী, রাজবাড়ী',
      'জনাব মোঃ মিলন হোসেন সহকারী প্রোগ্রামার মোবাইল-০১৮৫৭২৭০৭৯৮ ap.kalukhali@doict.gov.bd',
    ]);
    expect([...card.querySelectorAll('[data-label] a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+8801857270798',
      'mailto:ap.kalukhali@doict.gov.bd',
    ]);
  });

  it("shows the union parishad's eight columns, in English too", async () => {
    await inLocale('en', async () => {
      const card = cards(await show({ width: 360, name: 'amalsar-up' }))[3];
      expect(textsOf(card, 'summary')).to.deep.equal(['04 Citizenship certificate ImmediatelyTk 50']);
      expect(textsOf(card, '.brief > span')).to.deep.equal(['Immediately', 'Tk 50']);
      expect([...card.querySelectorAll<HTMLElement>('[data-label]')].map((cell) => cell.dataset.label)).to.deep.equal([
        'Required documents',
        'Where to get the documents',
        'Responsible officer',
        'Senior officer',
      ]);
      expect(textsOf(card, '[data-label]')[2]).to.equal('Entrepreneur, Union Digital Centre, Mobile: 01600-000555');
    });
  });

  it('lets find in page reach the text behind a closed card', async () => {
    const el = await show({ width: 360 });
    const documents = [...shadowOf(el).querySelectorAll('.service-list [data-label]')].find((dd) =>
      dd.textContent!.includes('উভয় পক্ষের আলোচনা'),
    )!;
    expect(documents.closest('details')!.open).to.equal(false);
    // window.find searches what find in page searches: rendered text, which a display: none table is not.
    expect((window as unknown as { find(text: string): boolean }).find('উভয় পক্ষের আলোচনা ও সম্মতির')).to.equal(true);
    const [range] = getSelection()!.getComposedRanges({ shadowRoots: [shadowOf(el)] });
    expect(documents.contains(range.startContainer), 'the match is in the closed card').to.equal(true);
  });

  it('opens, marks, scrolls to and focuses the card a link points to', async () => {
    await setViewport({ width: 360, height: 740 });
    history.replaceState(null, '', '#institutional-6');
    const el = await show({ width: 344 });
    const card = shadowOf(el).querySelector<HTMLElement>('li.target')!;
    expect(textsOf(card, '[part="service-name"]')).to.deep.equal([
      'ডি-নথি / ওয়েব পোর্টাল/ ICT বিষয়ক পরামর্শ / ট্রাবলশ্যুটিং',
    ]);
    expect(card.querySelector('details')!.open).to.equal(true);
    await waitUntil(() => shadowOf(el).activeElement === card, 'the card has focus', { timeout: 4000 });
    await waitUntil(
      () => card.getBoundingClientRect().top >= 0 && card.getBoundingClientRect().top < 740,
      'the card is in view',
    );
    expect([...shadowOf(el).querySelectorAll('details')].filter((details) => details.open)).to.have.length(1);
  });

  it('opens every card that a query shows', async () => {
    const el = await show({ width: 360, query: 'ল্যাব' });
    expect(cards(el)).to.have.length(3);
    expect(cards(el).map((card) => card.querySelector('details')!.open)).to.deep.equal([true, true, true]);
  });

  it('prints the table with every cell, not the cards, even from a narrow container', async () => {
    const el = await show({ width: 360 });
    await emulateMedia({ media: 'print' });
    // The element turns to the table as the print media query starts to match.
    await waitUntil(() => shadowOf(el).querySelector('.group table'));
    expect(cards(el)).to.have.length(0);
    expect([...shadowOf(el).querySelectorAll('.group table')].filter(shows)).to.have.length(3);
    expect(shadowOf(el).querySelectorAll('tbody td.officers')).to.have.length(19);
    await emulateMedia({ media: 'screen' });
    const preview = await show({ width: 360, printPreview: true });
    expect(cards(preview).filter(shows)).to.have.length(0);
    expect(getComputedStyle(shadowOf(preview).querySelector('tbody td')!).display).to.equal('table-cell');
  });

  it('stays a table with column headers at 1024 px', async () => {
    const el = await show({ width: 1008 });
    const tables = [...shadowOf(el).querySelectorAll('.group table')];
    expect(tables.filter(shows)).to.have.length(3);
    expect(tables.map((table) => table.querySelectorAll('thead th[scope="col"]').length)).to.deep.equal([7, 7, 7]);
    expect(shadowOf(el).querySelectorAll('tbody th[scope="row"]')).to.have.length(19);
    expect(cards(el).filter(shows)).to.have.length(0);
    expect(el.scrollWidth).to.be.at.most(1008);
  });

  it('screenshots for a person to look at: 360 px closed and one open, 1024 px', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await show({ width: 344 });
    cards(el)[0].scrollIntoView();
    await screenshot('phone-360-closed');
    const card = cards(el)[1];
    card.querySelector('summary')!.click();
    await waitUntil(() => card.querySelector('[data-label]')!.checkVisibility(), 'the card opens');
    card.scrollIntoView();
    await screenshot('phone-360-open');
    await setViewport({ width: 1024, height: 740 });
    const wide = await show({ width: 1008 });
    shadowOf(wide).querySelector('table')!.scrollIntoView();
    await screenshot('wide-1024');
  });
});
