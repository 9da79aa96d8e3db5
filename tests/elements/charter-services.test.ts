import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/charter-widgets-all.js';
import type { CharterServices } from '../../src/charter-widgets-all.js';
import type { CharterData } from '../../src/model/charter.js';
import { splitParts } from '../../src/model/text-parts.js';
import { type Locale, digitsFor } from '../../src/model/text.js';
import { CHARTERS, copyOf, inLocale, loadData, shadowOf, textOf, textsOf, uniqueUrl } from '../helpers.js';

interface Options {
  width?: number;
  sections?: string;
  group?: string;
  printPreview?: boolean;
}

async function show(data: CharterData, { width = 1280, sections, group, printPreview = false }: Options = {}) {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  return fixture<CharterServices>(
    html`<charter-services
      .charter=${data}
      sections=${sections ?? ''}
      group=${group ?? ''}
      ?print-preview=${printPreview}
    ></charter-services>`,
    { parentNode: container },
  );
}

const screenshot = (name: string) => executeServerCommand('save-screenshot', { name });

/** Whitespace-insensitive text, for comparing a cell with the data it came from. */
const squash = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A cell's text as a person reads it: a cell shown as a list reads as its parts, one after another. */
function cellText(cell: Element): string {
  const parts = cell.querySelector('ul.parts');
  return parts ? textsOf(parts, 'li').join(' ') : squash(cell.textContent ?? '');
}

/** What the element shows, compared against the charter data itself rather than hand-copied strings. */
function expectShowsCharter(el: CharterServices, data: CharterData, locale: Locale): void {
  const root = shadowOf(el);
  const t = (text: Parameters<typeof textOf>[0]) => squash(textOf(text, locale));
  const header = squash(root.querySelector('header')!.textContent!);
  for (const line of [
    data.office.government,
    data.office.department,
    data.office.name,
    data.office.location,
    data.title,
  ])
    if (line) expect(header).to.contain(t(line));
  if (data.office.website) expect(header).to.contain(data.office.website);
  if (data.published) expect(header).to.contain(t(data.published.text));
  if (data.vision) expect(squash(root.querySelector('.vision')?.textContent ?? '')).to.contain(t(data.vision));
  if (data.mission) expect(squash(root.querySelector('.vision')?.textContent ?? '')).to.contain(t(data.mission));

  const groupSections = [...root.querySelectorAll('section.group')];
  expect(groupSections).to.have.length(data.serviceGroups.length);
  data.serviceGroups.forEach((group, g) => {
    const table = groupSections[g].querySelector('table');
    if (group.heading) expect(textsOf(groupSections[g], 'h3')).to.deep.equal([t(group.heading)]);
    // A wide container has a table, a narrow one a list of cards: only the layout in use is there.
    expect(!!table, 'a table or cards, not both').to.equal(!groupSections[g].querySelector('.service-list'));
    if (group.heading && table) expect(textsOf(table, 'caption')).to.deep.equal([t(group.heading)]);
    const rows = [...groupSections[g].querySelectorAll(table ? 'tbody tr' : '.service-list > li')];
    expect(rows.map((row) => row.id)).to.deep.equal(group.services.map((s) => s.id));
    group.services.forEach((service, s) => {
      const row = rows[s];
      expect(textsOf(row, '.service-name')).to.deep.equal([t(service.name)]);
      const cells = [...row.querySelectorAll('td, details > div, .brief > span')].map(cellText);
      const serial = table ? cells[0] : squash(row.querySelector('summary')!.textContent!).split(' ')[0];
      expect(serial).to.equal(digitsFor(service.serial, locale));
      for (const text of [
        service.delivery,
        service.documents,
        service.documentsSource,
        service.fee?.text,
        service.timeLimit?.text,
        service.officers?.text,
        service.seniorOfficers?.text,
        service.unit,
      ])
        if (text) expect(cells).to.include(t(text));
    });
  });
  if (data.expectations)
    expect(textsOf(root, '.expectations li')).to.deep.equal(
      data.expectations.items.map((item) => squash(`${digitsFor(item.serial ?? '', locale)} ${t(item.text)}`)),
    );
  if (data.grievance) {
    const rows = [...root.querySelectorAll('.grievance tbody tr')];
    expect(rows.map((row) => textsOf(row, 'th, td'))).to.deep.equal(
      data.grievance.levels.map((level) => [
        digitsFor(level.serial ?? '', locale),
        t(level.when),
        t(level.whom),
        t(level.address.text),
        t(level.deadline?.text),
      ]),
    );
  }
}

describe('<charter-services>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('every section of every charter', () => {
    for (const name of CHARTERS)
      for (const locale of ['bn', 'en'] as const)
        for (const width of [320, 1280])
          it(`shows data/${name}.json completely in ${locale} at ${width}px`, async () => {
            const data = await loadData(name);
            await inLocale(locale, async () => {
              const el = await show(data, { width });
              expectShowsCharter(el, data, locale);
              expect(el.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
              await expect(el).to.be.accessible();
            });
          });
  });

  it('shows the seed with all seven columns in each of its three groups, in order', async () => {
    const el = await show(await loadData('kalukhali-doict'));
    const tables = shadowOf(el).querySelectorAll('table');
    expect(tables).to.have.length(3);
    for (const table of tables) expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(7);
    expect(textsOf(shadowOf(el), 'section.group h3')).to.deep.equal([
      'নাগরিক সেবা',
      'প্রাতিষ্ঠানিক সেবা',
      'অভ্যন্তরীণ সেবা',
    ]);
    expect(textsOf(tables[1], 'tbody td:first-child')).to.deep.equal([
      '১',
      '২',
      '৩',
      '৪',
      '৫',
      '৬',
      '৭',
      '৮',
      '৯',
      '১০',
      '১১',
    ]);
    expect(textsOf(shadowOf(el), 'h2, h3').slice(0, 2)).to.deep.equal(['সিটিজেন চার্টার', 'ভিশন ও মিশন']);
  });

  it('shows the union parishad format with its own eight columns, one list and no group heading', async () => {
    const el = await show(await loadData('amalsar-up'));
    const headers = textsOf(shadowOf(el), 'thead th');
    expect(headers).to.have.length(8);
    expect(headers).to.include.members(['কাগজপত্র প্রাপ্তির স্থান', 'ঊর্ধ্বতন কর্মকর্তা']);
    expect(headers).not.to.include('সেবা প্রদান পদ্ধতি');
    expect(shadowOf(el).querySelectorAll('h3')).to.have.length(0);
    expect(textsOf(shadowOf(el), 'caption')).to.deep.equal(['সেবাসমূহ']);
  });

  it('shows a cell of numbered parts as a list, each part verbatim', async () => {
    const data = await loadData('amalsar-up');
    const el = await show(data);
    const documents = textOf(data.serviceGroups[0].services[0].documents, 'bn')!;
    const items = textsOf(shadowOf(el).querySelector('#services-1 td.documents')!, 'li');
    expect(items).to.deep.equal(splitParts(documents));
    expect(items).to.have.length(4);
    expect(items.join(' ')).to.equal(squash(documents));
  });

  it('shows serials in ASCII digits in English', async () => {
    await inLocale('en', async () => {
      const el = await show(await loadData('amalsar-up'));
      expect(textsOf(shadowOf(el), 'tbody td:first-child')).to.deep.equal(['01', '02', '03', '04', '05', '06']);
    });
  });

  it('shows Bangla with lang="bn" where the English translation is missing', async () => {
    const untranslated = await copyOf('kalukhali-doict');
    untranslated.serviceGroups[0].services[0].name = 'শুধু বাংলা নাম';
    await inLocale('en', async () => {
      const el = await show(untranslated);
      expect(shadowOf(el).querySelector('tbody th span[lang="bn"]')?.textContent).to.equal('শুধু বাংলা নাম');
      expect(shadowOf(el).querySelector('article')?.getAttribute('lang')).to.equal('en');
    });
  });

  it('renders charter text as text, never as markup', async () => {
    const data = await copyOf('kalukhali-doict');
    data.vision = '<img src=x onerror="window.hacked=1">';
    const el = await show(data);
    expect(shadowOf(el).querySelector('img')).to.equal(null);
    expect(shadowOf(el).textContent).to.contain('<img src=x');
  });

  it('makes the phones, e-mails and website inside a grievance address tappable, keeping its text', async () => {
    const el = await show(await loadData('magura-dio'));
    const addresses = [...shadowOf(el).querySelectorAll('.grievance tbody tr td:nth-of-type(3)')];
    expect(addresses.map((cell) => [...cell.querySelectorAll('a')].map((a) => a.getAttribute('href')))).to.deep.equal([
      ['tel:+8801700000111', 'mailto:dio.magura@pid.gov.bd'],
      ['tel:+88041700000', 'mailto:dd.khulna@pid.gov.bd'],
      ['https://www.grs.gov.bd/'],
    ]);
  });

  it('links the website only with http(s)', async () => {
    const data = await copyOf('kalukhali-doict');
    expect(
      shadowOf(await show(data))
        .querySelector('header a')
        ?.getAttribute('href'),
    ).to.equal('https://doict.kalukhali.rajbari.gov.bd/');
    data.office.website = 'javascript:alert(1)';
    expect(shadowOf(await show(data)).querySelector('header a')).to.equal(null);
  });

  describe('layout by the container, not the viewport', () => {
    it('is a table with column headers in a wide container', async () => {
      const el = await show(await loadData('kalukhali-doict'), { width: 1280 });
      const cell = shadowOf(el).querySelector('tbody td')!;
      expect(getComputedStyle(cell).display).to.equal('table-cell');
      expect(getComputedStyle(shadowOf(el).querySelector('thead')!).position).not.to.equal('absolute');
    });

    for (const width of [640, 760, 880, 900, 1000])
      it(`neither cuts off nor scrolls sideways at ${width}px`, async () => {
        for (const name of ['kalukhali-doict', 'amalsar-up'])
          expect((await show(await loadData(name), { width })).scrollWidth, name).to.be.at.most(width);
      });

    it('is a list of cards instead of the tables in a 320px container, with the grievance levels labelled', async () => {
      const el = await show(await loadData('magura-dio'), { width: 320 });
      const root = shadowOf(el);
      expect(root.querySelector('.group table')).to.equal(null);
      expect(getComputedStyle(root.querySelector('.service-list')!).display).to.equal('block');
      const cells = [...root.querySelectorAll<HTMLElement>('.grievance td')];
      expect(cells.map((cell) => getComputedStyle(cell).display)).to.deep.equal(cells.map(() => 'block'));
      expect(cells.map((cell) => getComputedStyle(cell, '::before').content)).to.deep.equal(
        cells.map((cell) => JSON.stringify(cell.dataset.label)),
      );
    });
  });

  describe('sections and groups', () => {
    it('shows only the sections asked for, in charter order', async () => {
      const el = await show(await loadData('magura-dio'), { sections: 'grievance services' });
      expect(shadowOf(el).querySelector('header')).to.equal(null);
      expect(shadowOf(el).querySelector('.vision')).to.equal(null);
      expect(shadowOf(el).querySelector('.expectations')).to.equal(null);
      expect(textsOf(shadowOf(el), 'h2')).to.deep.equal(['প্রতিশ্রুত সেবাসমূহ', 'অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)']);
    });

    it('limits the services to the groups asked for', async () => {
      const el = await show(await loadData('kalukhali-doict'), { group: 'internal, citizen' });
      expect(textsOf(shadowOf(el), 'h3').filter((h) => h.endsWith('সেবা'))).to.deep.equal([
        'নাগরিক সেবা',
        'অভ্যন্তরীণ সেবা',
      ]);
      expect(shadowOf(el).querySelectorAll('tbody tr')).to.have.length(8);
    });

    it('says so when a group asked for does not exist', async () => {
      const el = await show(await loadData('kalukhali-doict'), { group: 'citizen nagorik' });
      expect(textsOf(shadowOf(el), '[role="alert"]')[0])
        .to.contain('কোনো সেবা-বিভাগ নেই')
        .and.contain('nagorik');
      expect(shadowOf(el).querySelectorAll('tbody tr')).to.have.length(6);
    });

    it('says so when a group has no services', async () => {
      const data = await copyOf('kalukhali-doict');
      data.serviceGroups[2].services = [];
      const el = await show(data);
      expect(textsOf(shadowOf(el), 'section.group:last-of-type .status')).to.deep.equal(['এই বিভাগে কোনো সেবা নেই।']);
      await expect(el).to.be.accessible();
    });
  });

  describe('deep links', () => {
    it('scrolls to and marks the service the URL points to (#institutional-6)', async () => {
      await setViewport({ width: 1280, height: 800 });
      history.replaceState(null, '', '#institutional-6');
      const el = await show(await loadData('kalukhali-doict'));
      const row = shadowOf(el).getElementById('institutional-6')!;
      expect(row.classList.contains('target')).to.equal(true);
      await waitUntil(() => shadowOf(el).activeElement === row, 'the row has focus', { timeout: 4000 });
      await waitUntil(
        () => {
          const { top, bottom } = row.getBoundingClientRect();
          return top >= 0 && bottom <= innerHeight;
        },
        'the row is in view',
        { timeout: 4000 },
      );
      expect(shadowOf(el).querySelectorAll('tr.target')).to.have.length(1);
      await screenshot('deep-link-institutional-6');
    });

    it('follows a later change of the hash', async () => {
      const el = await show(await loadData('kalukhali-doict'));
      location.hash = 'citizen-5';
      await oneEvent(window, 'hashchange');
      await elementUpdated(el);
      expect(shadowOf(el).getElementById('citizen-5')!.classList.contains('target')).to.equal(true);
    });

    it('copies a link to each service and says so politely', async () => {
      const el = await show(await loadData('kalukhali-doict'));
      const copied: string[] = [];
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void copied.push(text) },
      });
      try {
        const button = shadowOf(el).querySelector<HTMLButtonElement>('#citizen-3 button')!;
        expect(button.getAttribute('aria-label')).to.contain(
          textOf((await loadData('kalukhali-doict')).serviceGroups[0].services[2].name, 'bn'),
        );
        button.click();
        await waitUntil(() => textsOf(shadowOf(el), '[role="status"]')[0], 'the announcement', { timeout: 4000 });
        expect(copied).to.deep.equal([`${location.href.split('#')[0]}#citizen-3`]);
        expect(textsOf(shadowOf(el), '[role="status"]')).to.deep.equal(['লিংক কপি হয়েছে।']);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });
  });

  describe('print', () => {
    it('prints the board: a table with every column even from a narrow container, no buttons, rows kept whole', async () => {
      const el = await show(await loadData('kalukhali-doict'), { width: 320 });
      await emulateMedia({ media: 'print' });
      const root = shadowOf(el);
      // The element turns to the table as the print media query starts to match.
      await waitUntil(() => root.querySelector('.group table'));
      expect(getComputedStyle(root.querySelector('tbody td')!).display).to.equal('table-cell');
      expect(getComputedStyle(root.querySelector('thead')!).display).to.equal('table-header-group');
      expect(getComputedStyle(root.querySelector('tbody tr')!).breakInside).to.equal('avoid');
      expect(getComputedStyle(root.querySelector('.copy-link')!).display).to.equal('none');
      expect(root.querySelectorAll('thead th')).to.have.length(21);
      const phone = root.querySelector('td.officers a')!;
      expect([phone.textContent, phone.getAttribute('href')]).to.deep.equal(['০১৮৫৭২৭০৭৯৮', 'tel:+8801857270798']);
    });

    it('sets the printed page to A4 landscape', () => {
      const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      expect(rules.join(' ')).to.match(/@page\s*\{\s*size: a4 landscape/i);
    });

    it('previews the printed board on screen for designers', async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await show(await loadData('kalukhali-doict'), { width: 1100, printPreview: true });
      expect(getComputedStyle(shadowOf(el).querySelector('.copy-link')!).display).to.equal('none');
      await expect(el).to.be.accessible();
      await screenshot('print-preview');
    });
  });

  describe('theming', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('takes its colours from --charter-* custom properties', async () => {
      const el = await show(await loadData('kalukhali-doict'));
      el.style.setProperty('--charter-color-primary', 'rgb(29, 63, 143)');
      expect(getComputedStyle(shadowOf(el).querySelector('thead th')!).backgroundColor).to.equal('rgb(29, 63, 143)');
    });

    it('stays light on a light page when the reader prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await show(await loadData('kalukhali-doict'));
      expect(getComputedStyle(shadowOf(el).querySelector('article')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('turns dark when the page declares color-scheme: light dark and the reader prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await show(await loadData('kalukhali-doict'));
      el.style.colorScheme = 'light dark';
      const article = shadowOf(el).querySelector('article')!;
      expect(getComputedStyle(article).backgroundColor).to.equal('rgb(21, 26, 24)');
      await expect(el).to.be.accessible();
      await screenshot('seed-dark');
    });

    it('scrolls to a deep link without animation when the reader prefers reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      history.replaceState(null, '', '#internal-13');
      const el = await show(await loadData('kalukhali-doict'));
      const row = shadowOf(el).getElementById('internal-13')!;
      await waitUntil(() => shadowOf(el).activeElement === row, 'the row has focus', { timeout: 4000 });
      expect(row.getBoundingClientRect().top).to.be.within(0, innerHeight);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });
  });

  describe('states', () => {
    it('keeps the page from jumping while it loads', async () => {
      const el = await fixture<CharterServices>(html`<charter-services></charter-services>`);
      el.src = uniqueUrl('/data/kalukhali-doict.json');
      await elementUpdated(el);
      const skeleton = shadowOf(el).querySelector<HTMLElement>('[aria-busy="true"]')!;
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(300);
      expect(skeleton.textContent).to.contain('চার্টার লোড হচ্ছে');
      await expect(el).to.be.accessible();
      await oneEvent(el, 'charter-load');
    });

    for (const locale of ['bn', 'en'] as const)
      it(`shows an accessible, localized error in ${locale}`, async () => {
        await inLocale(locale, async () => {
          const el = await fixture<CharterServices>(
            html`<charter-services .charter=${{ formatVersion: 1 }}></charter-services>`,
          );
          expect(textsOf(shadowOf(el), '[role="alert"] li')[0]).to.equal(
            locale === 'bn' ? '"office" নেই, অথচ এটি আবশ্যক' : '"office" is missing, and it is required',
          );
          await expect(el).to.be.accessible();
        });
      });
  });

  describe('screenshots for a person to look at (test-results/screenshots/)', () => {
    const shots: [string, string, Locale, number][] = [
      ['seed-wide-bn', 'kalukhali-doict', 'bn', 1280],
      ['seed-wide-en', 'kalukhali-doict', 'en', 1280],
      ['seed-phone-bn', 'kalukhali-doict', 'bn', 360],
      ['union-parishad-wide-bn', 'amalsar-up', 'bn', 1280],
      ['union-parishad-phone-en', 'amalsar-up', 'en', 360],
      ['district-office-grievance-phone-bn', 'magura-dio', 'bn', 360],
    ];
    for (const [shot, name, locale, width] of shots)
      it(shot, async () => {
        await setViewport({ width, height: 900 });
        await inLocale(locale, async () => {
          const el = await show(await loadData(name), {
            width: width - 16,
            sections: shot.includes('grievance') ? 'expectations grievance' : undefined,
          });
          expect(el.scrollWidth).to.be.at.most(width);
          await screenshot(shot);
        });
      });
  });

  it('says how many services match its query, with a real plural in English', async () => {
    const data = await loadData('kalukhali-doict');
    await inLocale('en', async () => {
      for (const [query, said, rows] of [
        ['সাইবার', '1 service matches', 1],
        ['ল্যাব', '3 services match', 3],
      ] as const) {
        const el = await fixture<CharterServices>(
          html`<charter-services .charter=${data} query=${query}></charter-services>`,
        );
        expect(textsOf(shadowOf(el), '.filter')).to.deep.equal([said]);
        expect(shadowOf(el).querySelectorAll('.services [part="service"]')).to.have.length(rows);
      }
    });
  });
});
