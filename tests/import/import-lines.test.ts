import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importLines, type ImportResult } from '../../src/import/import-lines.js';
import { textLines } from '../../src/import/input-lines.js';
import { parseOfficerCell } from '../../src/import/officer-cell.js';
import { parseDate, parseFee, parseTimeLimit } from '../../src/import/parse-values.js';
import { validateCharter } from '../../src/model/validate.js';
import { banglaContent, loadData } from '../helpers.js';

/** Copies of the charters in ../shared (the seed and both samples), as the test server cannot reach beside the project. */
type Source = 'kalukhali-doict' | 'magura-dio' | 'amalsar-up';
const SOURCES: Source[] = ['kalukhali-doict', 'magura-dio', 'amalsar-up'];

async function source(name: Source): Promise<string> {
  return (await fetch(`/tests/fixtures/import/${name}.txt`)).text();
}

const importText = (text: string) => importLines(textLines(text));

/** Every string in a value, deep. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The cells an import dropped: those in neither the charter, nor the report's structure, nor its unplaced list. */
function lostCells(text: string, { charter, report }: ImportResult): string[] {
  const kept = [...stringsOf(charter), ...report.structure.map((r) => r.text), ...report.unplaced.map((r) => r.text)];
  return textLines(text)
    .flatMap((line) => line.cells.map((cell) => cell.trim()))
    .filter((cell) => cell && !kept.some((k) => k.includes(cell)));
}

describe('importing charter text', () => {
  for (const name of SOURCES)
    it(`reproduces the Bangla content of data/${name}.json from its text, losing nothing`, async () => {
      const text = await source(name);
      const result = importText(text);
      expect(validateCharter(result.charter).valid).to.equal(true);
      expect(banglaContent(result.charter)).to.deep.equal(banglaContent(await loadData(name)));
      expect(result.report.unplaced).to.deep.equal([]);
      expect(lostCells(text, result)).to.deep.equal([]);
    });

  it('gives the same officer one id across rows, whether or not the cell has commas', async () => {
    const { charter } = importText(await source('magura-dio'));
    expect(charter.officers!.map((o) => o.name ?? o.designation)).to.deep.equal([
      'মোঃ আব্দুল করিম',
      'মোছাঃ সাবিনা ইয়াসমিন',
      'মোঃ রফিকুল আলম',
    ]);
    expect(charter.grievance!.levels[0].address.officers).to.deep.equal([charter.officers![1].id]);
  });

  describe('format variants', () => {
    async function seedVariant(change: (text: string) => string) {
      return importText(change(await source('kalukhali-doict')));
    }

    it('reads section headings with or without their numbers', async () => {
      const { charter, report } = await seedVariant((t) =>
        t.replace('১. ভিশন ও মিশন', 'ভিশন ও মিশন').replace('২.১) নাগরিক সেবা:', 'নাগরিক সেবা').replace('২.২) ', '৪) ').replace('২. প্রতিশ্রুত সেবাসমূহঃ', 'প্রতিশ্রুত সেবা'),
      );
      expect(charter.serviceGroups.map((g) => [g.id, g.heading, g.services.length])).to.deep.equal([
        ['citizen', 'নাগরিক সেবা', 6],
        ['institutional', 'প্রাতিষ্ঠানিক সেবা', 11],
        ['internal', 'অভ্যন্তরীণ সেবা', 2],
      ]);
      expect(report.unplaced).to.deep.equal([]);
    });

    it('reads serials in Bangla or ASCII, with dots or leading zeros', async () => {
      const { charter } = await seedVariant((t) => t.replace('\n১\tআইসিটি', '\n01.\tআইসিটি').replace('\n২\tমাঠ', '\n2\tমাঠ').replace('\n৩\tশিক্ষা', '\n০৩।\tশিক্ষা'));
      expect(charter.serviceGroups[0].services.slice(0, 3).map((s) => [s.id, s.serial])).to.deep.equal([
        ['citizen-1', '01.'],
        ['citizen-2', '2'],
        ['citizen-3', '০৩।'],
      ]);
    });

    it('maps columns by what the header means, in any order and wording', async () => {
      const text = [
        'জেলা প্রশাসকের কার্যালয়',
        'নাগরিক সেবা',
        'সেবামূল্য\tক্রঃ নং\tসেবার নাম\tসেবা প্রদানের সর্বোচ্চ সময়\tপ্রয়োজনীয় কাগজপত্র\tকাগজপত্র প্রাপ্তির স্থান\tদায়িত্বপ্রাপ্ত কর্মকর্তা\tশাখা\tমন্তব্য',
        '৫০/- টাকা\t০১\tনকল সরবরাহ\t৭ কর্মদিবস\tআবেদন ফরম\tরেকর্ড রুম\tজনাব মোঃ আলী, সহকারী কমিশনার, মোবাইল: 01711-000000\tরেকর্ড রুম শাখা\tজরুরি হলে আগে',
      ].join('\n');
      const { charter, report } = importText(text);
      const [service] = charter.serviceGroups[0].services;
      expect(service).to.deep.include({
        id: 'citizen-1',
        serial: '০১',
        name: 'নকল সরবরাহ',
        documents: 'আবেদন ফরম',
        documentsSource: 'রেকর্ড রুম',
        unit: 'রেকর্ড রুম শাখা',
        extra: [{ heading: 'মন্তব্য', text: 'জরুরি হলে আগে' }],
      });
      expect(service.fee).to.deep.equal({ text: '৫০/- টাকা', amount: 50 });
      expect(service.timeLimit).to.deep.equal({ text: '৭ কর্মদিবস', days: 7, workingDays: true });
      expect(charter.officers).to.deep.equal([
        {
          id: 'officer-1',
          honorific: 'জনাব',
          name: 'মোঃ আলী',
          designation: 'সহকারী কমিশনার',
          phones: [{ text: '01711-000000', label: 'মোবাইল', e164: '+8801711000000' }],
        },
      ]);
      expect(charter.office.name).to.equal('জেলা প্রশাসকের কার্যালয়');
      expect(report.unplaced).to.deep.equal([]);
    });

    it('reads a six-column table without the delivery column', async () => {
      const { charter } = importText(
        'অফিস\nক্রমিক\tসেবার নাম\tপ্রয়োজনীয় কাগজপত্র\tফি\tসময়সীমা\tদায়িত্বপ্রাপ্ত কর্মকর্তা\n১\tসনদ\tআবেদন\tবিনামূল্যে\t৩ দিন\tসচিব',
      );
      const [service] = charter.serviceGroups[0].services;
      expect(service.delivery).to.equal(undefined);
      expect(service.timeLimit).to.deep.equal({ text: '৩ দিন', days: 3 });
      expect(service.officers).to.deep.equal({ text: 'সচিব' });
    });

    it('reports what it cannot place, with the line, and drops nothing', () => {
      const text = 'অফিস\n১\tএকটি সারি\nক্রমিক\tসেবার নাম\n১\tসেবা\tবাড়তি ঘর\n\tনাম নেই\nশেষে একটি লাইন';
      const result = importText(text);
      expect(result.report.unplaced.map((u) => [u.line, u.text])).to.deep.equal([
        [2, '১\tএকটি সারি'],
        [4, 'বাড়তি ঘর'],
        [5, 'নাম নেই'],
        [6, 'শেষে একটি লাইন'],
      ]);
      expect(lostCells(text, result)).to.deep.equal([]);
    });
  });

  describe('officer cells', () => {
    it('splits honorific, name, designation, office, phones and e-mails', () => {
      expect(parseOfficerCell('জনাব মোঃ মিলন হোসেন সহকারী প্রোগ্রামার মোবাইল-০১৮৫৭২৭০৭৯৮ ap.kalukhali@doict.gov.bd')).to.deep.equal({
        honorific: 'জনাব',
        name: 'মোঃ মিলন হোসেন',
        designation: 'সহকারী প্রোগ্রামার',
        phones: [{ text: '০১৮৫৭২৭০৭৯৮', label: 'মোবাইল', e164: '+8801857270798' }],
        emails: ['ap.kalukhali@doict.gov.bd'],
      });
      expect(parseOfficerCell('উপজেলা নির্বাহী অফিসার, শ্রীপুর, মাগুরা, ফোন: ০২৪৭৭৭০০০০৯, uno.sreepur.magura@mopa.gov.bd')).to.deep.equal({
        designation: 'উপজেলা নির্বাহী অফিসার',
        office: 'শ্রীপুর, মাগুরা',
        phones: [{ text: '০২৪৭৭৭০০০০৯', label: 'ফোন', e164: '+8802477700009' }],
        emails: ['uno.sreepur.magura@mopa.gov.bd'],
      });
      expect(parseOfficerCell('মোছাঃ রহিমা খাতুন, হিসাবরক্ষক, +৮৮০ ১৭১১-০০০০০০').phones).to.deep.equal([
        { text: '+৮৮০ ১৭১১-০০০০০০', e164: '+8801711000000' },
      ]);
      expect(parseOfficerCell('সচিব')).to.deep.equal({ designation: 'সচিব', phones: [], emails: [] });
    });
  });

  describe('parsed values', () => {
    it('reads fees', () => {
      expect(parseFee('বিনামূল্যে')).to.deep.equal({ text: 'বিনামূল্যে', free: true, amount: 0 });
      expect(parseFee('বিনামূল্যে (জ্বালানি খরচ দপ্তর বহন করবে)')).to.deep.include({ free: true }).and.not.have.property('amount');
      expect(parseFee('১০০/- (একশত) টাকা').amount).to.equal(100);
      expect(parseFee('১,০০০ টাকা').amount).to.equal(1000);
      expect(parseFee('২০০/- হতে ১,০০০/- টাকা')).to.deep.equal({ text: '২০০/- হতে ১,০০০/- টাকা' });
    });

    it('reads time limits', () => {
      expect(parseTimeLimit('০৭ (সাত) কার্যদিবস')).to.deep.include({ days: 7, workingDays: true });
      expect(parseTimeLimit('আবেদনপত্র গ্রহণের তারিখ হতে সাত কর্ম দিবসের মধ্যে')).to.deep.include({ days: 7, workingDays: true });
      expect(parseTimeLimit('তাৎক্ষণিক')).to.deep.include({ days: 0 });
      expect(parseTimeLimit('তাৎক্ষণিক/কার্যদিবস (প্রযোজ্য ক্ষেত্রে)')).not.to.have.property('days');
      expect(parseTimeLimit('নির্দেশনা অনুযায়ী')).not.to.have.property('days');
    });

    it('reads dates day first', () => {
      expect(parseDate('০১/০৭/২০২৬')).to.deep.equal({ text: '০১/০৭/২০২৬', date: '2026-07-01' });
      expect(parseDate('জুলাই ২০২৬')).to.deep.equal({ text: 'জুলাই ২০২৬' });
    });
  });

  describe('any text at all', () => {
    const fragments = [
      'ক্রমিক নং\tসেবার নাম\tসেবা প্রদান পদ্ধতি\tসেবার মূল্য\tদায়িত্বপ্রাপ্ত কর্মকর্তা',
      '(১)\t(২)\t(৩)',
      '২.১) নাগরিক সেবা:',
      '৩. আপনার কাছে আমাদের প্রত্যাশা',
      '৪. অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)',
      'কখন যোগাযোগ করবেন\tকার সঙ্গে যোগাযোগ করবেন\tযোগাযোগের ঠিকানা',
      'ভিশন:',
      '১\tসেবা\tসরাসরি\tবিনামূল্যে\tজনাব মোঃ আলী সচিব ০১৭১১০০০০০০',
    ];
    const line = fc.oneof(
      fc.constantFrom(...fragments),
      fc.array(fc.string({ unit: fc.constantFrom('ক', 'া', '্', '১', 'a', ' ', '\t', ':', '.', ')', '@', '-') }), { maxLength: 5 }).map((cells) => cells.join('\t')),
      fc.string(),
    );

    it('never throws and never loses a cell', () => {
      fc.assert(
        fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
          const text = lines.join('\n');
          const result = importText(text);
          expect(lostCells(text, result)).to.deep.equal([]);
        }),
        { numRuns: 300 },
      );
    });
  });
});
