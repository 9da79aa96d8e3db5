import { expect } from '@open-wc/testing';
import { charterFromJson } from '../src/model/charter.js';
import type { CharterData } from '../src/model/charter.js';
import { fold, normalize, soundKey, stems, words } from '../src/search/analyzer.js';
import { setGlossarySource } from '../src/search/glossary-source.js';
import { highlightSpans, serviceIndexOf } from '../src/search/service-index.js';
import { copyOf, loadData, useShippedGlossary } from './helpers.js';

async function indexOfData(data: CharterData) {
  const result = charterFromJson(data, 'test');
  if (!result.ok) throw new Error(`${data.id ?? 'the charter'} does not validate`);
  const index = serviceIndexOf(result.charter);
  await index.ready;
  return index;
}

const indexOf = async (name: string) => indexOfData(await loadData(name));

/** One of the six charters of shared/charters, imported into tests/fixtures/search/ (Bangla only). */
async function fixtureIndex(name: string) {
  return indexOfData((await (await fetch(`/tests/fixtures/search/${name}.json`)).json()) as CharterData);
}

const ids = (hits: { entry: { service: { id: string } } }[]) => hits.map((hit) => hit.entry.service.id);

describe('the Bangla analyzer', () => {
  it('treats precomposed and nukta forms, khanda ta and ZWJ/ZWNJ alike', () => {
    expect(normalize('\u09df')).to.equal(normalize('\u09af\u09bc'));
    expect(normalize('তাৎক্ষণিক')).to.equal(normalize('তাত\u09cd\u200dক্ষণিক'));
    expect(normalize('ই\u200c-নথি')).to.equal('ই-নথি');
    expect(normalize('১৩ ICT')).to.equal('13 ict');
  });

  it('folds the spelling variants charters use', () => {
    expect(fold('সরকারী')).to.equal(fold('সরকারি'));
    expect(fold('তাৎক্ষনিক')).to.equal(fold('তাৎক্ষণিক'));
    expect(fold('প্রয়োজ্য')).to.equal(fold('প্রযোজ্য'));
    expect(fold('শিক্ষা')).to.equal(fold('সিক্ষা'));
  });

  it('splits Bangla into whole words, ZWNJ included', () => {
    expect(words('সেবা প্রদান/ ই-মেইল, ICT র\u200c্যাব')).to.deep.equal([
      'সেবা',
      'প্রদান',
      'ই',
      'মেইল',
      'ICT',
      'র\u200c্যাব',
    ]);
  });

  it('gives Bangla and its romanized spelling one sound key', () => {
    const pairs: [string, string][] = [
      ['প্রশিক্ষণ', 'proshikkhon'],
      ['সেবা', 'seba'],
      ['জন্ম', 'jonmo'],
      ['নিবন্ধন', 'nibondhon'],
      ['ওয়ারিশ', 'warish'],
      ['টাকা', 'taka'],
    ];
    expect(pairs.map(([bangla]) => soundKey(bangla))).to.deep.equal(pairs.map(([, latin]) => soundKey(latin)));
    expect(soundKey('ও')).to.equal(undefined);
  });

  it('reads English loanwords as they sound, to meet them in Bangla letters', () => {
    const pairs: [string, string][] = [
      ['অ্যাম্বুলেন্স', 'ambulance'],
      ['ভ্যাকসিনেশন', 'vaccination'],
      ['সার্টিফিকেট', 'certificate'],
      ['লাইসেন্স', 'licence'],
      ['ফার্মেসি', 'pharmacy'],
      ['পাসপোর্ট', 'passport'],
    ];
    expect(pairs.map(([, latin]) => soundKey(latin))).to.deep.equal(pairs.map(([bangla]) => soundKey(bangla)));
  });

  it('takes off one case ending, and reads a word that may end two ways both ways', () => {
    expect(stems(fold('জমির'))).to.deep.equal([fold('জমি')]);
    expect(stems(fold('কৃষকদের'))).to.deep.equal([fold('কৃষক')]);
    expect(stems(fold('অফিসে'))).to.deep.equal([fold('অফিস')]);
    expect(stems(fold('মাইকে'))).to.have.members([fold('মাই'), fold('মাইক')]);
    expect(stems('vaccines')).to.deep.equal(['vaccine']);
    // Too short to lose a letter, or no ending at all.
    expect(stems(fold('সার'))).to.deep.equal([]);
    expect(stems(fold('নম্বর'))).to.deep.equal([]);
    expect(stems('bus')).to.deep.equal([]);
  });
});

describe('the service index', () => {
  it('finds what the demo promises, first or second', async () => {
    const index = await indexOf('kalukhali-doict');
    const cases: [string, string][] = [
      ['সাইবর নিরাপত্তা', 'citizen-5'],
      ['সরকারি দপ্তরের প্রশিক্ষণ', 'institutional-3'],
      ['ট্রাবলশুটিং', 'institutional-6'],
      ['cyber security', 'citizen-5'],
    ];
    for (const [query, id] of cases) expect(ids(index.search(query)).slice(0, 2), query).to.include(id);
  });

  it('finds compounds written joined or apart', async () => {
    const index = await indexOf('kalukhali-doict');
    expect(ids(index.search('ভাষা শিক্ষা'))[0]).to.equal('citizen-3');
    for (const query of ['ই-নথি', 'ইনথি', 'ই নথি']) expect(ids(index.search(query)), query).to.include('internal-13');
  });

  it('finds romanized Bangla', async () => {
    const index = await indexOf('amalsar-up');
    expect(ids(index.search('jonmo nibondhon'))[0]).to.equal('services-1');
    expect(ids(index.search('warish sonod'))[0]).to.equal('services-3');
  });

  it('ranks a match in the name above one in the other columns', async () => {
    // ওয়েব is in three names, and in the delivery column (দাপ্তরিক ওয়েব সাইট) of most services.
    const hits = (await indexOf('kalukhali-doict')).search('ওয়েব');
    expect(hits.length).to.be.greaterThan(3);
    expect(ids(hits).slice(0, 3)).to.have.members(['institutional-3', 'institutional-6', 'internal-13']);
  });

  it('finds services as the person types a word', async () => {
    expect(ids((await indexOf('kalukhali-doict')).search('সাইব'))[0]).to.equal('citizen-5');
  });

  it('finds nothing for an empty query or one with no words', async () => {
    const index = await indexOf('kalukhali-doict');
    expect(index.search('  ')).to.deep.equal([]);
    expect(index.search('/ - ,')).to.deep.equal([]);
  });

  it('marks the matched words in the text as printed', async () => {
    const data = await loadData('kalukhali-doict');
    const name = (data.serviceGroups[1].services[2].name as { bn: string }).bn;
    const hit = (await indexOf('kalukhali-doict'))
      .search('সরকারি প্রশিক্ষণ')
      .find((h) => h.entry.service.id === 'institutional-3')!;
    const marked = highlightSpans(name, hit.terms).map(([start, end]) => name.slice(start, end));
    expect(marked).to.include.members(['সরকারী', 'প্রশিক্ষণ']);
  });

  it('leaves out the words that only ask', async () => {
    const index = await fixtureIndex('union-parishad-field-format');
    expect(ids(index.search('জন্ম নিবন্ধন কোথায় করতে হয়'))[0]).to.equal('services-1');
    expect(ids(index.search('how to get trade license'))[0]).to.equal('services-5');
  });

  it('finds the services matching most of the words when none matches them all', async () => {
    const index = await fixtureIndex('union-parishad-field-format');
    // নাতির (a grandson's) is in no service: the service named by the other two words comes first.
    expect(ids(index.search('নাতির জন্ম নিবন্ধন'))[0]).to.equal('services-1');
  });

  it('finds nothing for a service the charter does not offer', async () => {
    const index = await indexOf('kalukhali-doict');
    for (const query of ['বিদ্যুৎ বিল', 'electricity bill', 'পাসপোর্ট নবায়ন', 'driving licence'])
      expect(ids(index.search(query)), query).to.deep.equal([]);
  });

  it('finds a service by its serial, in Bangla or ASCII digits, first', async () => {
    const index = await indexOf('kalukhali-doict');
    for (const query of ['৫', '5', '05'])
      expect(ids(index.search(query)).slice(0, 2), query).to.have.members(['citizen-5', 'institutional-5']);
  });

  it("finds a service by its own number where its serial carries its group's (২.৩)", async () => {
    const data = await copyOf('kalukhali-doict');
    data.serviceGroups.forEach((group, g) =>
      group.services.forEach((service, i) => (service.serial = `${g + 1}.${i + 1}`)),
    );
    const result = charterFromJson(data, 'test');
    if (!result.ok) throw new Error('the charter does not validate');
    const index = serviceIndexOf(result.charter);
    await index.ready;
    expect(ids(index.search('৫')).slice(0, 2)).to.have.members(['citizen-5', 'institutional-5']);
  });

  it('finds the services of an officer named by designation', async () => {
    const index = await fixtureIndex('union-parishad-field-format');
    const found = ids(index.search('সচিব'));
    expect(found.length).to.be.greaterThan(0);
    expect(found.length).to.be.lessThan(7);
  });

  it('finds what people call a service and English on a Bangla-only charter, through the glossary', async () => {
    const index = await fixtureIndex('upazila-health-complex');
    expect(ids(index.search('vaccine'))[0]).to.equal('citizen-5'); // সম্প্রসারিত টিকাদান কর্মসূচি (ইপিআই)
    expect(ids(index.search('ambulance'))[0]).to.equal('citizen-4'); // অ্যাম্বুলেন্স সেবা, by sound
    const parishad = await fixtureIndex('union-parishad-field-format');
    const [hit] = parishad.search('birth certificate');
    expect(hit.entry.service.id).to.equal('services-1');
    const name = hit.entry.service.name as string;
    // সনদ is a certificate too.
    const marked = highlightSpans(name, hit.terms).map(([start, end]) => name.slice(start, end));
    expect(marked).to.deep.equal(['জন্ম', 'নিবন্ধন', 'সনদ']);
  });

  it('finds the words an office adds as keywords', async () => {
    const data = await copyOf('amalsar-up');
    data.serviceGroups[0].services[4].keywords = ['দোকানের অনুমতিপত্র', { bn: 'ব্যবসার সনদ', en: 'shop permit' }];
    const index = await indexOfData(data);
    expect(ids(index.search('দোকানের অনুমতিপত্র'))[0]).to.equal('services-5');
    expect(ids(index.search('shop permit'))[0]).to.equal('services-5');
  });

  it('reads only the first words of a pasted paragraph', async () => {
    const index = await indexOf('amalsar-up');
    const pasted = `ট্রেড লাইসেন্স ${'আমার দোকানের কাগজপত্র হারিয়ে গেছে তাই নতুন করে '.repeat(120)}`;
    expect(pasted.length).to.be.greaterThan(5000);
    expect(ids(index.search(pasted))[0]).to.equal('services-5');
  });

  it("still finds the charter's own words when the glossary cannot be had", async () => {
    setGlossarySource(() => Promise.reject(new Error('no glossary')));
    try {
      const index = await fixtureIndex('union-parishad-field-format');
      expect(ids(index.search('জন্ম নিবন্ধন'))[0]).to.equal('services-1');
      expect(ids(index.search('birth certificate'))).to.deep.equal([]);
    } finally {
      useShippedGlossary();
    }
  });

  it('builds a large index in slices, and searches it once complete', async function () {
    this.timeout(30000);
    const data = await copyOf('kalukhali-doict');
    const [group] = data.serviceGroups;
    group.services = Array.from({ length: 2000 }, (_, i) => ({
      ...group.services[i % group.services.length],
      id: `citizen-${i + 1}`,
      serial: String(i + 1),
    }));
    const result = charterFromJson(data, 'test');
    if (!result.ok) throw new Error('the large charter does not validate');
    const index = serviceIndexOf(result.charter);
    expect(index.complete, 'complete before its first slice ended').to.equal(false);
    expect(index.search('সাইবার')).to.deep.equal([]);
    await index.ready;
    expect(index.complete).to.equal(true);
    expect(index.search('সাইবার').length).to.be.greaterThan(50);
    // A beginning of two letters (সাই is স and ই) completes nothing in a charter this large; three letters do.
    expect(index.search('সাই')).to.deep.equal([]);
    expect(index.search('সাইব').length).to.be.greaterThan(50);
  });

  it('marks only the words that matched, not a neighbour a typo allowance joined to one', async () => {
    const [hit] = (await indexOf('kalukhali-doict')).search('training');
    const name = (hit.entry.service.name as { en: string }).en; // ICT training and advice at training workshops …
    expect(highlightSpans(name, hit.terms).map(([start, end]) => name.slice(start, end))).to.deep.equal([
      'training',
      'training',
    ]);
  });

  it('is built once per charter', async () => {
    const result = charterFromJson(await loadData('kalukhali-doict'), 'test');
    if (!result.ok) throw new Error('the seed does not validate');
    expect(serviceIndexOf(result.charter)).to.equal(serviceIndexOf(result.charter));
  });
});
