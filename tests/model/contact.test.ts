import { expect } from '@open-wc/testing';
import { isEmail, isMobile, phoneE164, toE164, websiteHref } from '../../src/model/contact.js';

/** Each printed form with the E.164 number it calls. */
function expectE164(cases: [printed: string, e164: string][]) {
  expect(cases.map(([printed]) => toE164(printed))).to.deep.equal(cases.map(([, e164]) => e164));
}

describe('phone, e-mail and website parsing', () => {
  it('turns every way a Bangladeshi mobile number is written into E.164', () => {
    expectE164([
      ['০১৮৫৭২৭০৭৯৮', '+8801857270798'],
      ['01857-270798', '+8801857270798'],
      ['+৮৮০ ১৮৫৭-২৭০৭৯৮', '+8801857270798'],
      ['+88 01857-270798', '+8801857270798'],
      ['+880-1857-270798', '+8801857270798'],
      ['(+880) 1857 270798', '+8801857270798'],
      ['8801857270798', '+8801857270798'],
      ['৮৮০১৮৫৭২৭০৭৯৮', '+8801857270798'],
      ['008801857270798', '+8801857270798'],
      ['০০৮৮০ ১৮৫৭ ২৭০৭৯৮', '+8801857270798'],
      ['1857270798', '+8801857270798'],
      ['01857 270 798', '+8801857270798'],
      ['01857.270798', '+8801857270798'],
      ['০১৮৫৭–২৭০৭৯৮', '+8801857270798'], // en dash
      ['01857\u00a0270798', '+8801857270798'], // no-break space
      ['০১৮৫৭২৭০৭৯৮।', '+8801857270798'], // the danda at the end of a Bangla sentence
      ['০১৩১১-০০০০০০', '+8801311000000'],
      ['০১৯০০-০০০৪৪৪', '+8801900000444'],
    ]);
  });

  it('turns landlines with 2-, 3- and 4-digit area codes into E.164', () => {
    expectE164([
      ['০২-৯৫১৪১৪১', '+88029514141'],
      ['02-55012345', '+880255012345'],
      ['+880-2-9514141', '+88029514141'],
      ['৮৮০২৯৫১৪১৪১', '+88029514141'],
      ['০২৪৭৭৭০০০০১', '+8802477700001'], // the newer form that puts a district behind 02
      ['(02) 4777 00001', '+8802477700001'],
      ['০৪১-৭০০০০০', '+88041700000'],
      ['031-2345678', '+880312345678'],
      ['০৪৮৮-৬২০০০১', '+880488620001'],
      ['0421-68123', '+88042168123'],
      ['09666-700700', '+8809666700700'],
    ]);
  });

  it('refuses what is not a plausible number', () => {
    for (const printed of [
      '১২৩',
      '৩৩৩', // a short code: no E.164 form
      '১৬১২২',
      '০১২৩৪৫৬৭৮৯০', // 012 is no operator
      '01857-27079',
      '018572707981',
      '+880 1857 27079',
      '০২-১২৩',
      '+44 20 7946 0000',
      '0044 20 7946 0000',
      'মোবাইল',
      '',
      'tel:01857270798',
      '০১৮৫৭২৭০৭৯৮ (অফিস)',
      '01857270798 ext 12',
      '01857270798/01711000000',
    ])
      expect(toE164(printed), printed).to.equal(undefined);
  });

  it("calls the number as printed, and the charter's e164 only when the text alone is not a number", () => {
    expect(phoneE164({ text: '০৪১-৭০০০০০', e164: '+8841700000' })).to.equal('+88041700000');
    expect(phoneE164({ text: '০১৮৫৭২৭০৭৯৮ (অফিস)', e164: '+8801857270798' })).to.equal('+8801857270798');
    expect(phoneE164({ text: '০১৮৫৭২৭০৭৯৮ (অফিস)' })).to.equal(undefined);
    expect(phoneE164({ text: '১২৩', e164: '+1234567' })).to.equal(undefined);
  });

  it('tells mobiles from landlines', () => {
    expect(['+8801857270798', '+88029514141', '+880488620001'].map(isMobile)).to.deep.equal([true, false, false]);
  });

  it('accepts well-formed e-mail addresses only', () => {
    const good = [
      'ap.kalukhali@doict.gov.bd',
      'dd.khulna@pid.gov.bd',
      'uno.sreepur.magura@mopa.gov.bd',
      'dc_office-rajbari+grs@gmail.com',
      'DC.Magura@Mopa.Gov.BD',
    ];
    expect(good.filter((email) => !isEmail(email))).to.deep.equal([]);
    for (const bad of [
      'ap.kalukhali',
      'a@b',
      'a b@c.org',
      '<a@b.org>',
      'a@b.org"onmouseover',
      'a?cc=x@evil.org',
      'a&b@c.org',
      'a%40b@c.org',
      '.a@b.org',
      'a..b@c.org',
      'a@b..org',
      'a@-b.org',
      'a@b.org.',
      'mailto:a@b.org',
      ' a@b.org',
      'ই-মেইল: a@b.org',
      '',
    ])
      expect(isEmail(bad), bad).to.equal(false);
  });

  it('links websites over http(s) only', () => {
    expect(websiteHref('doict.kalukhali.rajbari.gov.bd')).to.equal('https://doict.kalukhali.rajbari.gov.bd/');
    expect(websiteHref('http://www.grs.gov.bd')).to.equal('http://www.grs.gov.bd/');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://x.org',
      'not a site',
      'localhost',
      'x@example.gov.bd?cc=evil@example.com',
      'https://user:pass@grs.gov.bd',
    ])
      expect(websiteHref(bad), bad).to.equal(undefined);
  });
});
