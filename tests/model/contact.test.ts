import { expect } from '@open-wc/testing';
import { isEmail, toE164, websiteHref } from '../../src/model/contact.js';

describe('phone, e-mail and website parsing', () => {
  it('turns every way a Bangladeshi number is written into E.164', () => {
    const cases: [string, string][] = [
      ['০১৮৫৭২৭০৭৯৮', '+8801857270798'],
      ['01857-270798', '+8801857270798'],
      ['+৮৮০ ১৮৫৭-২৭০৭৯৮', '+8801857270798'],
      ['8801857270798', '+8801857270798'],
      ['1857270798', '+8801857270798'],
      ['০২-৯৫১৪১৪১', '+88029514141'],
      ['০৪৮৮-৬২০০০১', '+880488620001'],
      ['০৪১-৭০০০০০', '+88041700000'],
      ['(02) 4777 00001', '+88024777000' + '01'],
    ];
    expect(cases.map(([printed]) => toE164(printed))).to.deep.equal(cases.map(([, e164]) => e164));
  });

  it('refuses what is not a plausible number', () => {
    for (const printed of ['১২৩', '০১২৩৪৫৬৭৮৯০', '+44 20 7946 0000', 'মোবাইল', '', '01857-27079', 'tel:01857270798'])
      expect(toE164(printed), printed).to.equal(undefined);
  });

  it('accepts well-formed e-mail addresses only', () => {
    expect(['ap.kalukhali@doict.gov.bd', 'dd.khulna@pid.gov.bd'].every(isEmail)).to.equal(true);
    for (const bad of ['ap.kalukhali', 'a@b', 'a b@c.org', '<a@b.org>', 'a@b.org"onmouseover', '']) expect(isEmail(bad), bad).to.equal(false);
  });

  it('links websites over http(s) only', () => {
    expect(websiteHref('doict.kalukhali.rajbari.gov.bd')).to.equal('https://doict.kalukhali.rajbari.gov.bd/');
    expect(websiteHref('http://www.grs.gov.bd')).to.equal('http://www.grs.gov.bd/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.org', 'not a site', 'localhost'])
      expect(websiteHref(bad), bad).to.equal(undefined);
  });
});
