import { expect } from '@open-wc/testing';
import { charterFromJson } from '../src/model/charter.js';
import { fold, normalize, soundKey, words } from '../src/search/analyzer.js';
import { highlightSpans, serviceIndexOf } from '../src/search/service-index.js';
import { loadData } from './helpers.js';

async function indexOf(name: string) {
  const result = charterFromJson(await loadData(name), 'test');
  if (!result.ok) throw new Error(`${name} does not validate`);
  const index = serviceIndexOf(result.charter);
  await index.ready;
  return index;
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
    expect(words('সেবা প্রদান/ ই-মেইল, ICT র\u200c্যাব')).to.deep.equal(['সেবা', 'প্রদান', 'ই', 'মেইল', 'ICT', 'র\u200c্যাব']);
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
    const hit = (await indexOf('kalukhali-doict')).search('সরকারি প্রশিক্ষণ').find((h) => h.entry.service.id === 'institutional-3')!;
    const marked = highlightSpans(name, hit.terms).map(([start, end]) => name.slice(start, end));
    expect(marked).to.include.members(['সরকারী', 'প্রশিক্ষণ']);
  });

  it('is built once per charter', async () => {
    const result = charterFromJson(await loadData('kalukhali-doict'), 'test');
    if (!result.ok) throw new Error('the seed does not validate');
    expect(serviceIndexOf(result.charter)).to.equal(serviceIndexOf(result.charter));
  });
});
