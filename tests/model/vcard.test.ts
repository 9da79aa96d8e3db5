import { expect } from '@open-wc/testing';
import type { Officer } from '../../src/model/charter.js';
import { officerVCard, vcardFileName } from '../../src/model/vcard.js';
import { CHARTERS, loadData } from '../helpers.js';

const lines = (...content: string[]) => content.map((line) => `${line}\r\n`).join('');
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('vCard of an officer', () => {
  it("writes the seed's officer with both names, the Bangla one last for a Bangla page", async () => {
    const { officers, office } = await loadData('kalukhali-doict');
    expect(officerVCard(officers![0], 'bn', office)).to.equal(
      lines(
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN;ALTID=1;LANGUAGE=en:Mr. Md. Milon Hossain',
        'FN;ALTID=1;LANGUAGE=bn:জনাব মোঃ মিলন হোসেন',
        'N;ALTID=1;LANGUAGE=en:;Md. Milon Hossain;;Mr.;',
        // 75 octets, then the last character on a continuation line
        'N;ALTID=1;LANGUAGE=bn:;মোঃ মিলন হোসেন;;জনাব\r\n ;',
        'TITLE;LANGUAGE=bn:সহকারী প্রোগ্রামার',
        // 71 octets: লু, a letter with its vowel sign (6 octets), would make 77
        'ORG;LANGUAGE=bn:উপজেলা কার্যালয়\\, কা\r\n লুখালী\\, রাজবাড়ী',
        'TEL;VALUE=uri;TYPE=cell:tel:+8801857270798',
        'EMAIL;TYPE=work:ap.kalukhali@doict.gov.bd',
        'END:VCARD',
      ),
    );
  });

  it('writes the English texts, and the English name last, for an English page', async () => {
    const { officers, office } = await loadData('kalukhali-doict');
    expect(officerVCard(officers![0], 'en', office)).to.equal(
      lines(
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN;ALTID=1;LANGUAGE=bn:জনাব মোঃ মিলন হোসেন',
        'FN;ALTID=1;LANGUAGE=en:Mr. Md. Milon Hossain',
        'N;ALTID=1;LANGUAGE=bn:;মোঃ মিলন হোসেন;;জনাব\r\n ;',
        'N;ALTID=1;LANGUAGE=en:;Md. Milon Hossain;;Mr.;',
        'TITLE;LANGUAGE=en:Assistant Programmer',
        'ORG;LANGUAGE=en:Upazila Office\\, Kalukhali\\, Rajbari',
        'TEL;VALUE=uri;TYPE=cell:tel:+8801857270798',
        'EMAIL;TYPE=work:ap.kalukhali@doict.gov.bd',
        'END:VCARD',
      ),
    );
  });

  it("types landlines as work voice and mobiles as cell, and takes the charter's office for an officer without one", async () => {
    const { officers, office } = await loadData('magura-dio');
    const sabina = officers!.find((officer) => officer.id === 'sabina-yasmin')!;
    const vcard = officerVCard(sabina, 'bn', office);
    expect(vcard.split('\r\n').filter((line) => /^(TEL|ORG)/.test(line))).to.deep.equal([
      'ORG;LANGUAGE=bn:জেলা তথ্য অফিস\\, মাগুরা',
      'TEL;VALUE=uri;TYPE=work,voice:tel:+8802477700001',
      'TEL;VALUE=uri;TYPE=cell:tel:+8801700000111',
    ]);
  });

  it('names an officer without a name by the designation, with no honorific', async () => {
    const { officers } = await loadData('amalsar-up');
    const uno = officers!.find((officer) => officer.id === 'uno-sreepur')!;
    const unfolded = officerVCard(uno, 'en').replace(/\r\n /g, '').split('\r\n');
    expect(unfolded.filter((line) => /^(FN|N|TITLE|ORG)[;:]/.test(line))).to.deep.equal([
      'FN;ALTID=1;LANGUAGE=bn:উপজেলা নির্বাহী অফিসার',
      'FN;ALTID=1;LANGUAGE=en:Upazila Nirbahi Officer (UNO)',
      'N;ALTID=1;LANGUAGE=bn:;উপজেলা নির্বাহী অফিসার;;;',
      'N;ALTID=1;LANGUAGE=en:;Upazila Nirbahi Officer (UNO);;;',
      'TITLE;LANGUAGE=en:Upazila Nirbahi Officer (UNO)',
      'ORG;LANGUAGE=en:Sreepur\\, Magura',
    ]);
  });

  it('keeps a name in one language without ALTID, and leaves out numbers and addresses that are not plausible', () => {
    const officer: Officer = {
      id: 'x',
      name: 'মোছাঃ সাবিনা ইয়াসমিন',
      phones: [{ text: '১২৩' }, { text: '০৪৮৮-৬২০০০১' }],
      emails: ['not an email', 'dio.magura@pid.gov.bd'],
    };
    expect(officerVCard(officer, 'en')).to.equal(
      lines(
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN;LANGUAGE=bn:মোছাঃ সাবিনা ইয়াসমিন',
        'N;LANGUAGE=bn:;মোছাঃ সাবিনা ইয়াসমিন;\r\n ;;', // 75 octets
        'TEL;VALUE=uri;TYPE=work,voice:tel:+880488620001',
        'EMAIL;TYPE=work:dio.magura@pid.gov.bd',
        'END:VCARD',
      ),
    );
  });

  it('escapes backslash, comma, semicolon and line breaks', () => {
    const officer: Officer = { id: 'x', name: 'A, B; C\\D', designation: 'line one\nline two\r\nthree', office: 'x;y' };
    const vcard = officerVCard(officer, 'bn');
    expect(vcard).to.contain('\r\nFN;LANGUAGE=bn:A\\, B\\; C\\\\D\r\n');
    expect(vcard).to.contain('\r\nN;LANGUAGE=bn:;A\\, B\\; C\\\\D;;;\r\n');
    expect(vcard).to.contain('\r\nTITLE;LANGUAGE=bn:line one\\nline two\\nthree\r\n');
    expect(vcard).to.contain('\r\nORG;LANGUAGE=bn:x\\;y\r\n');
  });

  it('folds long lines at 75 octets between characters, never inside one', () => {
    const name = 'আ'.repeat(19) + '𝔸' + 'b'.repeat(80);
    const physical = officerVCard({ id: 'x', name }, 'bn').split('\r\n');
    // FN;LANGUAGE=bn: is 15 octets and 19 Bangla letters 57 more: the 4-octet 𝔸 would make 76, so it starts the next line
    expect(physical.slice(2, 5)).to.deep.equal([
      `FN;LANGUAGE=bn:${'আ'.repeat(19)}`,
      ` 𝔸${'b'.repeat(70)}`,
      ` ${'b'.repeat(10)}`,
    ]);
    expect(physical.slice(2, 4).map(octets)).to.deep.equal([72, 75]);
  });

  it('keeps a Bangla letter with its vowel signs on one line, but a letter with endless marks within 75 octets', () => {
    // 15 octets of "FN;LANGUAGE=bn:", 19 letters of 3 octets: কা (6 octets) would make 78, so it starts the next line.
    const physical = officerVCard({ id: 'x', name: `${'ক'.repeat(19)}কালুখালী` }, 'bn').split('\r\n');
    expect(physical.slice(2, 4)).to.deep.equal([`FN;LANGUAGE=bn:${'ক'.repeat(19)}`, ' কালুখালী']);
    const zalgo = officerVCard({ id: 'x', name: `Z${'\u0301'.repeat(60)}` }, 'bn').split('\r\n');
    expect(zalgo.filter((line) => octets(line) > 75)).to.deep.equal([]);
    expect(
      zalgo
        .slice(2, 4)
        .join('')
        .replace(/^FN;LANGUAGE=bn:| /g, ''),
    ).to.equal(`Z${'\u0301'.repeat(60)}`);
  });

  it('keeps every line of every officer of the three charters within 75 octets, ending in CRLF', async () => {
    for (const name of CHARTERS) {
      const { officers, office } = await loadData(name);
      for (const officer of officers ?? [])
        for (const locale of ['bn', 'en'] as const) {
          const vcard = officerVCard(officer, locale, office);
          expect(vcard.endsWith('END:VCARD\r\n'), officer.id).to.equal(true);
          expect(/[\r\n]/.test(vcard.replace(/\r\n/g, '')), `${officer.id}: a line break that is not CRLF`).to.equal(
            false,
          );
          expect(
            vcard.split('\r\n').filter((line) => octets(line) > 75),
            officer.id,
          ).to.deep.equal([]);
        }
    }
  });

  it('names the file after the officer, without characters file systems refuse', () => {
    expect(
      vcardFileName({ id: 'x', honorific: 'জনাব', name: { bn: 'মোঃ মিলন হোসেন', en: 'Md. Milon Hossain' } }, 'bn'),
    ).to.equal('মোঃ মিলন হোসেন.vcf');
    expect(vcardFileName({ id: 'x', designation: { en: 'UNO / Sreepur: "acting"' } }, 'en')).to.equal(
      'UNO Sreepur acting.vcf',
    );
    expect(vcardFileName({ id: 'x', name: '?' }, 'en')).to.equal('contact.vcf');
  });
});
