import { expect } from '@open-wc/testing';
import { linkify } from '../../src/model/linkify.js';
import { splitParts } from '../../src/model/text-parts.js';

describe('numbered parts of a cell', () => {
  it('splits Bangla, ASCII, lettered and starred parts, keeping each marker', () => {
    expect(splitParts('১. আবেদন ফরম। ২. ছবি। ৩. সনদের ফটোকপি।')).to.deep.equal(['১. আবেদন ফরম।', '২. ছবি।', '৩. সনদের ফটোকপি।']);
    expect(splitParts('1) Form 2) Photo')).to.deep.equal(['1) Form', '2) Photo']);
    expect(splitParts('ক) আবেদন খ) ছবি')).to.deep.equal(['ক) আবেদন', 'খ) ছবি']);
    expect(splitParts('* ৪৫ দিন পর্যন্ত বিনামূল্যে। * পরে ২৫/- টাকা।')).to.deep.equal(['* ৪৫ দিন পর্যন্ত বিনামূল্যে।', '* পরে ২৫/- টাকা।']);
  });

  it('leaves one-piece text alone, numbers in it included', () => {
    for (const text of ['অভিযোগ গ্রহণ কেন্দ্র, ৫ নম্বর গেইট', '১. শুধু একটি', 'বিনামূল্যে', '২. দ্বিতীয় ১. প্রথম', 'ফি ১০০/- (একশত) টাকা'])
      expect(splitParts(text), text).to.equal(undefined);
  });
});

describe('contacts inside a cell', () => {
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

  it('links nothing that is not a contact', () => {
    for (const text of ['কোড: ১-৩৪০১-০০০১-২৬৮১', '২০১৩ অনুযায়ী', 'a@b', 'javascript:alert(1)'])
      expect(linkify(text).filter((s) => s.href), text).to.deep.equal([]);
  });
});
