import { expect, fixture, html } from '@open-wc/testing';
import '../../src/charter-widgets.js';
import type { CharterServices } from '../../src/charter-widgets.js';
import type { CharterData } from '../../src/model/charter.js';
import { type Locale, digitsFor } from '../../src/model/text.js';
import { CHARTERS, inLocale, loadData, shadowOf, textOf, textsOf } from '../helpers.js';

async function show(data: CharterData, width = 1280): Promise<CharterServices> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  return fixture<CharterServices>(html`<charter-services .charter=${data}></charter-services>`, { parentNode: container });
}

/** What the element shows, compared against the charter data itself rather than hand-copied strings. */
function expectShowsCharter(el: CharterServices, data: CharterData, locale: Locale): void {
  const root = shadowOf(el);
  const t = (text: Parameters<typeof textOf>[0]) => textOf(text, locale);
  const header = root.querySelector('header')!.textContent!;
  for (const line of [data.office.government, data.office.department, data.office.name, data.office.location])
    if (line) expect(header).to.contain(t(line));
  if (data.vision) expect(root.textContent).to.contain(t(data.vision));
  if (data.mission) expect(root.textContent).to.contain(t(data.mission));

  const groupTables = [...root.querySelectorAll('table')].slice(0, data.serviceGroups.length);
  data.serviceGroups.forEach((group, g) => {
    const table = groupTables[g];
    if (group.heading) expect(textsOf(table, 'caption')).to.deep.equal([t(group.heading)]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.id)).to.deep.equal(group.services.map((s) => s.id));
    group.services.forEach((service, s) => {
      const row = rows[s];
      expect(textsOf(row, 'th[scope="row"]')).to.deep.equal([t(service.name)]);
      const cells = textsOf(row, 'td');
      expect(cells[0]).to.equal(digitsFor(service.serial, locale));
      for (const text of [service.delivery, service.documents, service.documentsSource, service.fee?.text, service.timeLimit?.text])
        if (text) expect(cells).to.include(t(text));
      for (const id of [...(service.officers?.officers ?? []), ...(service.seniorOfficers?.officers ?? [])])
        expect(row.querySelector(`officer-contact[officer="${id}"]`), id).to.exist;
    });
  });
  if (data.expectations) expect(textsOf(root, 'ol.expectations li')).to.deep.equal(data.expectations.items.map((i) => t(i.text)));
  if (data.grievance) {
    const grievanceTable = [...root.querySelectorAll('table')].at(-1)!;
    expect(textsOf(grievanceTable, 'tbody th')).to.deep.equal(data.grievance.levels.map((l) => t(l.whom)));
  }
}

describe('<charter-services>', () => {
  for (const name of CHARTERS)
    for (const locale of ['bn', 'en'] as const)
      it(`shows every section and service of data/${name}.json in ${locale}`, async () => {
        const data = await loadData(name);
        await inLocale(locale, async () => {
          const el = await show(data);
          expectShowsCharter(el, data, locale);
        });
      });

  it('shows the seed with all seven columns in each of its three groups', async () => {
    const el = await show(await loadData('kalukhali-doict'));
    const tables = shadowOf(el).querySelectorAll('table');
    expect(tables).to.have.length(3);
    for (const table of tables) expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(7);
    expect(textsOf(shadowOf(el), 'h3')).to.include.members(['নাগরিক সেবা', 'প্রাতিষ্ঠানিক সেবা', 'অভ্যন্তরীণ সেবা']);
    expect(textsOf(tables[1], 'tbody td:first-child')).to.deep.equal(['১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯', '১০', '১১']);
  });

  it('shows the union parishad format with its own eight columns and the senior officer', async () => {
    const el = await show(await loadData('amalsar-up'));
    const headers = textsOf(shadowOf(el), 'thead th');
    expect(headers).to.have.length(8);
    expect(headers).to.include.members(['কাগজপত্র প্রাপ্তির স্থান', 'ঊর্ধ্বতন কর্মকর্তা']);
    expect(headers).not.to.include('সেবা প্রদান পদ্ধতি');
  });

  it('shows serials in ASCII digits in English', async () => {
    await inLocale('en', async () => {
      const el = await show(await loadData('amalsar-up'));
      expect(textsOf(shadowOf(el), 'tbody td:first-child')).to.deep.equal(['01', '02', '03', '04', '05', '06']);
    });
  });

  it('shows Bangla with lang="bn" where the English translation is missing', async () => {
    const data = await loadData('kalukhali-doict');
    const untranslated = structuredClone(data);
    untranslated.serviceGroups[0].services[0].name = 'শুধু বাংলা নাম';
    await inLocale('en', async () => {
      const el = await show(untranslated);
      const span = shadowOf(el).querySelector('tbody th span[lang="bn"]');
      expect(span?.textContent).to.equal('শুধু বাংলা নাম');
      expect(shadowOf(el).querySelector('article')?.getAttribute('lang')).to.equal('en');
    });
  });

  it('renders charter text as text, never as markup', async () => {
    const data = structuredClone(await loadData('kalukhali-doict'));
    data.vision = '<img src=x onerror="window.hacked=1">';
    const el = await show(data);
    expect(shadowOf(el).querySelector('img')).to.equal(null);
    expect(shadowOf(el).textContent).to.contain('<img src=x');
  });

  it('links the website only with http(s)', async () => {
    const data = structuredClone(await loadData('kalukhali-doict'));
    expect(shadowOf(await show(data)).querySelector('header a')?.getAttribute('href')).to.equal(
      'https://doict.kalukhali.rajbari.gov.bd/',
    );
    data.office.website = 'javascript:alert(1)';
    expect(shadowOf(await show(data)).querySelector('header a')).to.equal(null);
  });

  it('lays services out as labelled cards in a narrow container', async () => {
    const el = await show(await loadData('kalukhali-doict'), 320);
    const cell = shadowOf(el).querySelector('tbody td[data-label]')!;
    expect(getComputedStyle(cell).display).to.equal('block');
    expect(getComputedStyle(cell, '::before').content).to.contain('ক্রমিক');
    expect(el.scrollWidth).to.be.at.most(320);
  });

  for (const name of CHARTERS)
    for (const locale of ['bn', 'en'] as const)
      it(`is accessible with data/${name}.json in ${locale}`, async () => {
        const data = await loadData(name);
        await inLocale(locale, async () => {
          const el = await show(data);
          await expect(el).to.be.accessible();
        });
      });

  it('is accessible in its error state', async () => {
    const el = await fixture<CharterServices>(html`<charter-services .charter=${{ formatVersion: 1 }}></charter-services>`);
    await expect(el).to.be.accessible();
  });
});
