import { expect } from '@open-wc/testing';
import { linkify } from '../../src/model/linkify.js';
import { splitParts } from '../../src/model/text-parts.js';

describe('numbered parts of a cell', () => {
  it('splits Bangla, ASCII, lettered and starred parts, keeping each marker', () => {
    expect(splitParts('১. আবেদন ফরম। ২. ছবি। ৩. সনদের ফটোকপি।')).to.deep.equal([
      '১. আবেদন ফরম।',
      '২. ছবি।',
      '৩. সনদের ফটোকপি।',
    ]);
    expect(splitParts('1) Form 2) Photo')).to.deep.equal(['1) Form', '2) Photo']);
    expect(splitParts('ক) আবেদন খ) ছবি')).to.deep.equal(['ক) আবেদন', 'খ) ছবি']);
    expect(splitParts('* ৪৫ দিন পর্যন্ত বিনামূল্যে। * পরে ২৫/- টাকা।')).to.deep.equal([
      '* ৪৫ দিন পর্যন্ত বিনামূল্যে।',
      '* পরে ২৫/- টাকা।',
    ]);
  });

  it('leaves one-piece text alone, numbers in it included', () => {
    for (const text of [
      'অভিযোগ গ্রহণ কেন্দ্র, ৫ নম্বর গেইট',
      '১. শুধু একটি',
      'বিনামূল্যে',
      '২. দ্বিতীয় ১. প্রথম',
      'ফি ১০০/- (একশত) টাকা',
    ])
      expect(splitParts(text), text).to.equal(undefined);
  });
});

describe('contacts inside a cell', () => {
  /** Each contact linked in a text: as printed, and its link. */
  const links = (text: string) =>
    linkify(text)
      .filter((s) => s.href)
      .map((s) => [s.text, s.href]);

  it('links phones, e-mails and websites and keeps every character of the text', () => {
    const text = 'জনাব মোঃ রফিকুল আলম, ফোন: ০৪১-৭০০০০০, ই-মেইল: dd.khulna@pid.gov.bd। ওয়েব: www.grs.gov.bd।';
    const segments = linkify(text);
    expect(segments.map((s) => s.text).join('')).to.equal(text);
    expect(segments.filter((s) => s.href).map((s) => s.href)).to.deep.equal([
      'tel:+88041700000',
      'mailto:dd.khulna@pid.gov.bd',
      'https://www.grs.gov.bd/',
    ]);
  });

  it('links a number written in two groups and an e-mail written with [at], as printed', () => {
    const text = 'মোবাইল: ০১৭১১ ০০০৩৮৬, ফোন: ০৫৮২২ ৫৬০৩১, Email: ydo.sreemangal[at]gmail.com; ফি ১০০ ২০০';
    expect(links(text)).to.deep.equal([
      ['০১৭১১ ০০০৩৮৬', 'tel:+8801711000386'],
      ['০৫৮২২ ৫৬০৩১', 'tel:+880582256031'],
      ['ydo.sreemangal[at]gmail.com', 'mailto:ydo.sreemangal@gmail.com'],
    ]);
  });

  it('links the contacts written against a Bangla colon (ঃ), and no number inside a longer run of digits', () => {
    const text = 'মোবাইলঃ০১৭১১-১২৩৪৫৬, ই-মেইলঃuno@mopa.gov.bd, ওয়েবসাইটঃwww.magura.gov.bd; ৮৮০১৭১১১২৩৪৫৬৭৮৯০১২৩৪৫৬৭৮৯০';
    expect(links(text)).to.deep.equal([
      ['০১৭১১-১২৩৪৫৬', 'tel:+8801711123456'],
      ['uno@mopa.gov.bd', 'mailto:uno@mopa.gov.bd'],
      ['www.magura.gov.bd', 'https://www.magura.gov.bd/'],
    ]);
  });

  // A quadratic scan takes seconds on these (and would time the test out); a linear one, milliseconds.
  it('reads a 100,000-character cell without spaces, linking nothing in it', () => {
    for (const text of [
      '১'.repeat(100_000),
      'ক'.repeat(100_000),
      'a'.repeat(50_000) + '@' + 'b'.repeat(50_000),
      'a@'.repeat(50_000),
      '০১৭১১-'.repeat(17_000),
    ])
      expect(
        linkify(text).map((segment) => segment.href ?? 'text'),
        text.slice(0, 20),
      ).to.deep.equal(['text']);
  });

  it('links nothing that is not a contact', () => {
    for (const text of ['কোড: ১-৩৪০১-০০০১-২৬৮১', '২০১৩ অনুযায়ী', 'a@b', 'javascript:alert(1)'])
      expect(
        linkify(text).filter((s) => s.href),
        text,
      ).to.deep.equal([]);
  });
});
