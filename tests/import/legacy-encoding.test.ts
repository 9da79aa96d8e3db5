import { expect } from '@open-wc/testing';
import { bijoyToUnicode, detectLegacyBangla } from '../../src/import/legacy-encoding.js';

// Bijoy (SutonnyMJ) codes typed by hand from the standard layout, and the Unicode they stand for.
const PHRASES: [bijoy: string, unicode: string][] = [
  ['MYcÖRvZš¿x evsjv‡`k miKvi', 'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'],
  ['Dc‡Rjv', 'উপজেলা'],
  ['‡mev', 'সেবা'],
  ['‡mev cÖ`vb cÖwZkÖæwZ', 'সেবা প্রদান প্রতিশ্রুতি'],
  ['webvg~‡j¨', 'বিনামূল্যে'],
  ['`vwqZ¡cÖvß Kg©KZ©v', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'],
  ['wmwU‡Rb PvU©vi', 'সিটিজেন চার্টার'],
  ['Dc‡Rjv wbe©vnx Awdmvi', 'উপজেলা নির্বাহী অফিসার'],
  ['AwZwi³ †Rjv cÖkvmK', 'অতিরিক্ত জেলা প্রশাসক'],
  ['Awf‡hvM cÖwZKvi e¨e¯’vcbv', 'অভিযোগ প্রতিকার ব্যবস্থাপনা'],
  ['‡cŠimfv', 'পৌরসভা'],
  ['‡hvMv‡hvM', 'যোগাযোগ'],
  ['ˆZwi', 'তৈরি'],
  ['Kvh©vjq', 'কার্যালয়'],
  ['7 Kvh©w`em', '৭ কার্যদিবস'],
  ['wb‡`©k', 'নির্দেশ'],
  ['Rb¥ wbeÜb', 'জন্ম নিবন্ধন'],
  ['BDwbqb cwil`', 'ইউনিয়ন পরিষদ'],
  ['¯^v¯’¨ I wkÿv', 'স্বাস্থ্য ও শিক্ষা'],
  ['mv¶vrKvi', 'সাক্ষাৎকার'],
  ['K…wl', 'কৃষি'],
  ['Pvu`', 'চাঁদ'],
  ['c~e©kZ©', 'পূর্বশর্ত'],
  ['¯§viKwjwc', 'স্মারকলিপি'],
  ['DØy×KiY', 'উদ্বুদ্ধকরণ'],
  ['EaŸ©Zb Kg©KZ©v', 'ঊর্ধ্বতন কর্মকর্তা'],
  ['i¨ve', 'র\u200D্যাব'],
  ['mKvj 9Uv-5Uv|', 'সকাল ৯টা-৫টা।'],
];

describe('bijoyToUnicode', () => {
  for (const [bijoy, unicode] of PHRASES) {
    it(`converts ${bijoy} to ${unicode}`, () => {
      expect(bijoyToUnicode(bijoy)).to.equal(unicode.normalize('NFC'));
    });
  }

  it('converts a charter heading line by line, keeping line breaks, tabs and punctuation', () => {
    const bijoy = [
      'Dc‡Rjv wbe©vnx Awdmv‡ii Kvh©vjq, KvjyLvjx, ivRevox',
      '‡mev cÖ`vb cÖwZkÖæwZ (wmwU‡Rb PvU©vi)',
      '1|\twfkb I wgkb',
    ];
    const unicode = [
      'উপজেলা নির্বাহী অফিসারের কার্যালয়, কালুখালী, রাজবাড়ী',
      'সেবা প্রদান প্রতিশ্রুতি (সিটিজেন চার্টার)',
      '১।\tভিশন ও মিশন',
    ];
    expect(bijoyToUnicode(bijoy.join('\r\n'))).to.equal(unicode.join('\r\n').normalize('NFC'));
  });

  it('keeps e-mail and web addresses, typed in a Latin font, as they are', () => {
    expect(bijoyToUnicode('B-‡gBj: uno.kalukhali@mopa.gov.bd, I‡qemvBU: www.kalukhali.rajbari.gov.bd')).to.equal(
      'ই-মেইল: uno.kalukhali@mopa.gov.bd, ওয়েবসাইট: www.kalukhali.rajbari.gov.bd'.normalize('NFC'),
    );
  });

  it('reads C1 controls (text decoded as ISO-8859-1) as the Windows-1252 codes they were', () => {
    expect(bijoyToUnicode('Dc\u0087Rjv \u0087mev')).to.equal('উপজেলা সেবা');
  });

  it('leaves a vowel sign or reph with no consonant to go with where it is, losing nothing', () => {
    expect(bijoyToUnicode('©Av ‡')).to.equal('র্আ ে');
  });

  it('gives NFC, as the charters in data/ are', () => {
    const out = bijoyToUnicode('BDwbqb ‡hvMv‡hvM');
    expect(out).to.equal(out.normalize('NFC'));
    expect(out).not.to.include('\u09DF');
  });
});

/** Every string in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('detectLegacyBangla', () => {
  it('finds Bijoy text, down to one word, with a sample to show', () => {
    expect(detectLegacyBangla('MYcÖRvZš¿x evsjv‡`k miKvi')).to.deep.equal({
      legacy: true,
      sample: 'MYcÖRvZš¿x evsjv‡`k miKvi',
    });
    expect(detectLegacyBangla('Dc‡Rjv')).to.deep.equal({ legacy: true, sample: 'Dc‡Rjv' });
    expect(detectLegacyBangla('‡mev').legacy).to.equal(true);
    expect(detectLegacyBangla('Dc\u0087Rjv').legacy).to.equal(true);
  });

  it('finds every charter phrase above, and a copied table row', () => {
    const marked = PHRASES.map(([bijoy]) => bijoy).filter((bijoy) => /[‡†ˆ‰©¨ªÖ]/.test(bijoy));
    expect(marked).to.have.length(20);
    for (const bijoy of marked) expect(detectLegacyBangla(bijoy).legacy, bijoy).to.equal(true);
    const row = '1\tRb¥ wbeÜb\twbav©wiZ di‡g Av‡e`b\twebvg~‡j¨\t7 Kvh©w`em\tBDwc mwPe';
    expect(detectLegacyBangla(row)).to.deep.equal({ legacy: true, sample: row.replace(/\t/g, ' ').slice(0, 40) });
  });

  it('finds a Bijoy page that carries English words and addresses', () => {
    const page = [
      'Dc‡Rjv wbe©vnx Awdmv‡ii Kvh©vjq',
      'Union Digital Centre (UDC) ‡mev',
      'B-‡gBj: uno.kalukhali@mopa.gov.bd',
      '‡mev cÖ`vb cÖwZkÖæwZ',
    ].join('\n');
    expect(detectLegacyBangla(page)).to.deep.equal({ legacy: true, sample: 'Dc‡Rjv wbe©vnx Awdmv‡ii Kvh©vjq' });
  });

  it('does not take Bijoy text without a giveaway mark for Bijoy (too little to tell from English)', () => {
    expect(detectLegacyBangla('miKvi').legacy).to.equal(false);
  });

  it('finds nothing in English, even with ©, daggers, curly quotes and accents', () => {
    const english = [
      'Copyright © 2024 Kalukhali Upazila Administration. All rights reserved.',
      'Citizen Charter of the Deputy Commissioner’s Office, Magura — “services we promise”.',
      'See the note† below and the footnote‡ at the end of the page.',
      'Café Müller, Öresund, São Paulo, naïve façade, Ærø and Øresund.',
      'Birth Registration (free of charge) – 7 working days • Trade Licence: Tk 500/- incl. VAT',
      'e-Nothi, WiFi, DoICT, a2i, ICT4D, GRS and the 333 national helpline…',
      '',
    ];
    for (const text of english) expect(detectLegacyBangla(text), text).to.deep.equal({ legacy: false });
    expect(detectLegacyBangla(english.join('\n')).legacy).to.equal(false);
  });

  it('finds nothing in the Unicode charters in data/, string by string or whole', async () => {
    for (const name of ['kalukhali-doict', 'magura-dio', 'amalsar-up']) {
      const texts = stringsOf(await (await fetch(`/data/${name}.json`)).json());
      expect(texts.length).to.be.greaterThan(100);
      for (const text of texts) expect(detectLegacyBangla(text).legacy, text).to.equal(false);
      expect(detectLegacyBangla(texts.join('\n')).legacy, name).to.equal(false);
      const english = texts.filter((text) => !/[\u0980-\u09FF]/.test(text));
      expect(detectLegacyBangla(english.join(' ')).legacy, name).to.equal(false);
    }
  });

  it('finds nothing in mixed Unicode lines with English and a stray mark', () => {
    expect(detectLegacyBangla('সেবার নাম: e-Nothi (ICT) © ২০২৪, Version‡2').legacy).to.equal(false);
    expect(detectLegacyBangla('উপজেলা নির্বাহী অফিসার, Kalukhali Upazila, Rajbari').legacy).to.equal(false);
  });
});
