import { expect, fixture, html } from '@open-wc/testing';
import '../../src/charter-widgets-all.js';
import type { CharterServices } from '../../src/charter-widgets-all.js';
import type { CharterData } from '../../src/model/charter.js';
import { copyOf, inLocale, loadData, shadowOf } from '../helpers.js';

async function show(data: CharterData): Promise<ShadowRoot> {
  const container = document.createElement('div');
  container.style.width = '1280px';
  const el = await fixture<CharterServices>(html`<charter-services .charter=${data}></charter-services>`, {
    parentNode: container,
  });
  return shadowOf(el);
}

/** The text of a service's cell of one column, as a person reads it, and where its links lead. */
function cell(root: ShadowRoot, serviceId: string, column: 'officers' | 'seniorOfficers') {
  const td = root.querySelector(`tr[id="${serviceId}"] td.${column}`)!;
  return {
    text: td.textContent!.replace(/\s+/g, ' ').trim(),
    links: [...td.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
    row: root.getElementById(serviceId)!.textContent!,
  };
}

/** Every word of a printed cell is in the row (issue 11 item 4: a compact contact showed only name, designation, phone). */
function expectEveryWord(row: string, printed: string): void {
  for (const word of printed.split(/[\s,:]+/).filter(Boolean)) expect(row, word).to.contain(word);
}

describe('<charter-services> officer cells', () => {
  it('shows a union parishad cell as printed, the entrepreneur with the union digital centre, the phone a link', async () => {
    const root = await show(await loadData('amalsar-up'));
    const udc = cell(root, 'services-4', 'officers');
    expect(udc.text).to.equal('উদ্যোক্তা, ইউনিয়ন ডিজিটাল সেন্টার, মোবাইল: 01600-000555');
    expectEveryWord(udc.row, 'উদ্যোক্তা, ইউনিয়ন ডিজিটাল সেন্টার, মোবাইল: 01600-000555');
    expect(udc.links).to.deep.equal([['01600-000555', 'tel:+8801600000555']]);

    const uno = cell(root, 'services-3', 'seniorOfficers');
    expect(uno.text).to.equal('উপজেলা নির্বাহী অফিসার, শ্রীপুর, মাগুরা, ফোন: ০২৪৭৭৭০০০০৯, uno.sreepur.magura@mopa.gov.bd');
    expectEveryWord(uno.row, 'উপজেলা নির্বাহী অফিসার, শ্রীপুর, মাগুরা');
    expect(uno.links).to.deep.equal([
      ['০২৪৭৭৭০০০০৯', 'tel:+8802477700009'],
      ['uno.sreepur.magura@mopa.gov.bd', 'mailto:uno.sreepur.magura@mopa.gov.bd'],
    ]);
    expect(cell(root, 'services-6', 'seniorOfficers').text).to.equal(uno.text);
    expect(cell(root, 'services-1', 'officers').text).to.equal('জনাব মোঃ হাবিবুর রহমান, সচিব, মোবাইল: ০১৮০০-০০০৩৩৩');
  });

  it('shows the English text of the cell in English', async () => {
    await inLocale('en', async () => {
      const root = await show(await loadData('amalsar-up'));
      const uno = cell(root, 'services-6', 'seniorOfficers');
      expect(uno.text).to.equal(
        'Upazila Nirbahi Officer (UNO), Sreepur, Magura, Phone: 02477700009, uno.sreepur.magura@mopa.gov.bd',
      );
      expect(uno.links.map(([, href]) => href)).to.deep.equal([
        'tel:+8802477700009',
        'mailto:uno.sreepur.magura@mopa.gov.bd',
      ]);
    });
  });

  it('shows the seed officer cell word for word, with the honorific, mobile number and e-mail address', async () => {
    const root = await show(await loadData('kalukhali-doict'));
    for (const id of ['citizen-1', 'institutional-6', 'internal-13']) {
      const officer = cell(root, id, 'officers');
      expect(officer.text).to.equal(
        'জনাব মোঃ মিলন হোসেন সহকারী প্রোগ্রামার মোবাইল-০১৮৫৭২৭০৭৯৮ ap.kalukhali@doict.gov.bd',
      );
      expect(officer.links).to.deep.equal([
        ['০১৮৫৭২৭০৭৯৮', 'tel:+8801857270798'],
        ['ap.kalukhali@doict.gov.bd', 'mailto:ap.kalukhali@doict.gov.bd'],
      ]);
    }
    expect(root.querySelector('officer-contact'), 'plain links, not an element with a shadow root per cell').to.equal(
      null,
    );
  });

  it("adds the officer's numbers and addresses that the printed cell lacks, each once", async () => {
    const data = await copyOf('amalsar-up');
    const udc = data.officers!.find((officer) => officer.id === 'udc-entrepreneur')!;
    udc.emails = ['udc.amalsar@gmail.com'];
    data.serviceGroups[0].services[3].officers!.text = { bn: 'উদ্যোক্তা, ইউনিয়ন ডিজিটাল সেন্টার' };
    // Two officers in one cell: the chairman's number is printed, the secretary's is not.
    data.serviceGroups[0].services[0].officers = {
      text: 'জনাব মোঃ জাহাঙ্গীর হোসেন, চেয়ারম্যান, মোবাইল: ০১৯০০-০০০৪৪৪; সচিব',
      officers: ['jahangir-hossain', 'habibur-rahman', 'jahangir-hossain'],
    };
    const root = await show(data);
    const added = cell(root, 'services-4', 'officers');
    expect(added.text).to.equal('উদ্যোক্তা, ইউনিয়ন ডিজিটাল সেন্টার ০১৬০০-০০০৫৫৫udc.amalsar@gmail.com');
    expect(added.links).to.deep.equal([
      ['০১৬০০-০০০৫৫৫', 'tel:+8801600000555'],
      ['udc.amalsar@gmail.com', 'mailto:udc.amalsar@gmail.com'],
    ]);
    expect(cell(root, 'services-1', 'officers').links).to.deep.equal([
      ['০১৯০০-০০০৪৪৪', 'tel:+8801900000444'],
      ['০১৮০০-০০০৩৩৩', 'tel:+8801800000333'],
    ]);
  });

  it('renders a cell as text, never as markup, and links only tel: and mailto: from it', async () => {
    const data = await copyOf('kalukhali-doict');
    data.serviceGroups[0].services[0].officers!.text =
      '<img src=x onerror="window.hacked=1"> javascript:alert(1) ০১৮৫৭২৭০৭৯৮';
    const root = await show(data);
    const officer = cell(root, 'citizen-1', 'officers');
    expect(root.querySelector('img')).to.equal(null);
    expect(officer.text).to.contain('<img src=x');
    expect(officer.links.map(([, href]) => href)).to.deep.equal([
      'tel:+8801857270798',
      'mailto:ap.kalukhali@doict.gov.bd',
    ]);
  });
});
