import { expect } from '@open-wc/testing';
import { charterFromJson } from '../src/model/charter.js';
import { fold, normalize, words } from '../src/search/normalize.js';
import { serviceIndexOf } from '../src/search/service-index.js';
import { loadData } from './helpers.js';

async function seedIndex() {
  const result = charterFromJson(await loadData('kalukhali-doict'), 'test');
  if (!result.ok) throw new Error('the seed does not validate');
  return serviceIndexOf(result.charter);
}

describe('search normalization', () => {
  it('treats precomposed and nukta forms, khanda ta and ZWJ/ZWNJ alike', () => {
    expect(normalize('য়')).to.equal(normalize('য়'));
    expect(normalize('তাৎক্ষণিক')).to.equal(normalize('তাত্‍ক্ষণিক'));
    expect(normalize('ই‌-নথি')).to.equal('ই-নথি');
    expect(normalize('১৩ ICT')).to.equal('13 ict');
  });

  it('folds the spelling variants charters use', () => {
    expect(fold('সরকারী')).to.equal(fold('সরকারি'));
    expect(fold('তাৎক্ষনিক')).to.equal(fold('তাৎক্ষণিক'));
    expect(fold('প্রয়োজ্য')).to.equal(fold('প্রযোজ্য'));
  });

  it('splits Bangla into whole words', () => {
    expect(words('সেবা প্রদান/ ই-মেইল, ICT')).to.deep.equal(['সেবা', 'প্রদান', 'ই', 'মেইল', 'ICT']);
  });
});

describe('service index', () => {
  it('ranks a match in the name above one in the other columns', async () => {
    // ওয়েব is in three names, and in the delivery column (দাপ্তরিক ওয়েব সাইট) of most services.
    const hits = (await seedIndex()).search('ওয়েব');
    expect(hits.length).to.be.greaterThan(3);
    expect(hits.slice(0, 3).map((h) => h.entry.service.id)).to.have.members(['institutional-3', 'institutional-6', 'internal-13']);
  });

  it('finds services as the person types a word', async () => {
    expect((await seedIndex()).search('সাইব').map((h) => h.entry.service.id)).to.deep.equal(['citizen-5']);
  });

  it('finds nothing for an empty query', async () => {
    expect((await seedIndex()).search('  ')).to.deep.equal([]);
  });

  it('is built once per charter', async () => {
    const result = charterFromJson(await loadData('kalukhali-doict'), 'test');
    if (!result.ok) throw new Error('the seed does not validate');
    expect(serviceIndexOf(result.charter)).to.equal(serviceIndexOf(result.charter));
  });
});
