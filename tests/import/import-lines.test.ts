import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { serviceColumnOf } from '../../src/import/columns.js';
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

/** The cells an import dropped: those in neither the charter, nor the report's structure, unplaced or problem lists. */
function lostCells(text: string, { charter, report }: ImportResult): string[] {
  const reported = [...report.structure, ...report.unplaced, ...report.problems].map((r) => r.text);
  const kept = [...stringsOf(charter), ...reported];
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
      expect(result.report.problems).to.deep.equal([]);
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
        t
          .replace('১. ভিশন ও মিশন', 'ভিশন ও মিশন')
          .replace('২.১) নাগরিক সেবা:', 'নাগরিক সেবা')
          .replace('২.২) ', '৪) ')
          .replace('২. প্রতিশ্রুত সেবাসমূহঃ', 'প্রতিশ্রুত সেবা'),
      );
      expect(charter.serviceGroups.map((g) => [g.id, g.heading, g.services.length])).to.deep.equal([
        ['citizen', 'নাগরিক সেবা', 6],
        ['institutional', 'প্রাতিষ্ঠানিক সেবা', 11],
        ['internal', 'অভ্যন্তরীণ সেবা', 2],
      ]);
      expect(report.unplaced).to.deep.equal([]);
    });

    it('reads serials in Bangla or ASCII, with dots or leading zeros', async () => {
      const { charter } = await seedVariant((t) =>
        t.replace('\n১\tআইসিটি', '\n01.\tআইসিটি').replace('\n২\tমাঠ', '\n2\tমাঠ').replace('\n৩\tশিক্ষা', '\n০৩।\tশিক্ষা'),
      );
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
        [5, 'নাম নেই'],
        [6, 'শেষে একটি লাইন'],
      ]);
      // A row with a cell more than its header row is not a service with a cell left over: it does not fit (issue 10).
      expect(result.report.problems.map((p) => [p.line, p.text])).to.deep.equal([[4, '১\tসেবা\tবাড়তি ঘর']]);
      expect(result.report.problems[0].reason).to.contain('more cells than the header row has columns (3 cells where');
      expect(lostCells(text, result)).to.deep.equal([]);
    });

    it('reads groups headed (ক), I. or in English, and serials that carry the group number', () => {
      const header = 'ক্রমিক নং\tসেবার নাম\tসেবার মূল্য';
      const text = [
        'অফিস',
        '(ক) নাগরিক সেবা',
        header,
        '১.১\tসনদ\tবিনামূল্যে',
        '১.২\tনকল\t৫০/- টাকা',
        'II. প্রাতিষ্ঠানিক সেবাসমূহ',
        header,
        '২.১\tঅনুমোদন\tবিনামূল্যে',
        '2.3 Internal Services',
        'Sl. No.\tName of Service\tService Fee',
        '01\tLeave\tFree',
      ].join('\n');
      const { charter, report } = importText(text);
      expect(report.problems).to.deep.equal([]);
      expect(
        charter.serviceGroups.map((g) => [g.id, g.serial, g.heading, g.services.map((s) => [s.id, s.serial])]),
      ).to.deep.equal([
        [
          'citizen',
          'ক',
          'নাগরিক সেবা',
          [
            ['citizen-1', '১.১'],
            ['citizen-2', '১.২'],
          ],
        ],
        ['institutional', 'II', 'প্রাতিষ্ঠানিক সেবাসমূহ', [['institutional-1', '২.১']]],
        ['internal', '2.3', 'Internal Services', [['internal-1', '01']]],
      ]);
    });

    it('knows a column by what its header says, in Bangla or English, whatever else it names', () => {
      const columns = (...headers: string[]) => headers.map(serviceColumnOf);
      expect(
        columns(
          'Sl. No.',
          'Name of Service',
          'Method of Service Delivery',
          'Required Documents and Where to Get Them',
          'Service Fee and Payment Method',
          'Time Limit',
          'Responsible Officer (Name, Designation, Phone and E-mail)',
        ),
      ).to.deep.equal(['serial', 'name', 'delivery', 'documents', 'fee', 'timeLimit', 'officers']);
      expect(
        columns(
          'ক্রঃ নং',
          'সেবা প্রদানকারী কর্মকর্তা',
          'প্রয়োজনীয় কাগজপত্র ও সেবামূল্য',
          'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান (যে কর্মকর্তার কাছে পাওয়া যাবে)',
        ),
      ).to.deep.equal(['serial', 'officers', 'documents', 'documents']);
    });

    it('joins a row split over two lines: a row of no serial right after a numbered one', () => {
      const text = [
        'অফিস',
        'ক্রমিক নং\tসেবার নাম\tপ্রয়োজনীয় কাগজপত্র\tসেবার মূল্য',
        '১।\tহেবা দলিল ও\tদলিল\tবিনামূল্যে',
        '\tঘোষণাপত্র রেজিস্ট্রেশন\tজাতীয় পরিচয়পত্র\t',
        '২।\tনকল\tআবেদন\t৫০/- টাকা',
      ].join('\n');
      const result = importText(text);
      const services = result.charter.serviceGroups[0].services;
      expect(services.map((s) => [s.serial, s.name, s.documents])).to.deep.equal([
        ['১।', 'হেবা দলিল ও ঘোষণাপত্র রেজিস্ট্রেশন', 'দলিল\nজাতীয় পরিচয়পত্র'],
        ['২।', 'নকল', 'আবেদন'],
      ]);
      expect(result.report.problems).to.deep.equal([]);
      expect(lostCells(text, result)).to.deep.equal([]);
    });

    it('takes the office as the line above its place, and the ministry and directorate above it as its department', () => {
      const text = [
        'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার',
        'মৎস্য ও প্রাণিসম্পদ মন্ত্রণালয়',
        'মৎস্য অধিদপ্তর',
        'সিনিয়র উপজেলা মৎস্য কর্মকর্তার দপ্তর',
        'ফকিরহাট, বাগেরহাট',
        'ক্রমিক নং\tসেবার নাম',
        '১\tনিবন্ধন',
      ].join('\n');
      expect(importText(text).charter.office).to.deep.equal({
        government: 'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার',
        department: 'মৎস্য ও প্রাণিসম্পদ মন্ত্রণালয়\nমৎস্য অধিদপ্তর',
        name: 'সিনিয়র উপজেলা মৎস্য কর্মকর্তার দপ্তর',
        location: 'ফকিরহাট, বাগেরহাট',
      });
    });
  });

  describe('rows that do not fit their header row (issue 10)', () => {
    const header = 'অফিস\nক্রমিক নং\tসেবার নাম\tসেবা প্রদান পদ্ধতি\tসেবার মূল্য\tসেবা প্রদানের সময়সীমা\tদায়িত্বপ্রাপ্ত কর্মকর্তা';
    const problemsOf = (rows: string[]) =>
      importText([header, ...rows].join('\n')).report.problems.map((p) => [p.line, p.reason]);

    it('finds nothing wrong with rows that fit, empty cells and all', () => {
      expect(
        problemsOf([
          '১\tসনদ\tসরাসরি\tবিনামূল্যে\t৩ দিন\tসচিব',
          '২\tনকল\t\t৫০/- টাকা\tতাৎক্ষণিক\t',
          '৩\tতথ্য\tঅনলাইনে\t\t\t',
        ]),
      ).to.deep.equal([]);
    });

    it('names a row with too few or too many cells, with its line and the header row', () => {
      const [tooFew, tooMany] = problemsOf([
        '১\tসনদ\tবিনামূল্যে\t৩ দিন\tসচিব',
        '২\tনকল\tসরাসরি\t৫০/- টাকা\t৭ দিন\tসচিব\tবাড়তি',
      ]);
      expect(tooFew[0]).to.equal(3);
      expect(tooFew[1]).to.contain(
        'fewer cells than the header row has columns (5 cells where the header row (line 2) has 6)',
      );
      expect(tooMany[0]).to.equal(4);
      expect(tooMany[1]).to.contain(
        'more cells than the header row has columns (7 cells where the header row (line 2) has 6)',
      );
    });

    it('names a serial out of order, and a serial column that holds no serial', () => {
      const problems = problemsOf([
        '১\tক\t\t\t\t',
        '২\tখ\t\t\t\t',
        '৪\tঘ\t\t\t\t',
        'সনদ\tসরাসরি\tবিনামূল্যে\t৩ দিন\tসচিব\t',
      ]);
      expect(problems.map(([line]) => line)).to.deep.equal([5, 6]);
      expect(problems[0][1]).to.equal('serial ৪ where 3 comes next: a row is missing, repeated or split in two');
      expect(problems[1][1]).to.contain('the serial column holds "সনদ", which is not a serial');
    });

    it('accepts serials that restart in each group or go on from the group before', async () => {
      for (const name of SOURCES) expect(importText(await source(name)).report.problems, name).to.deep.equal([]);
      const text = [
        header,
        '১\tক\t\t\t\t',
        '২\tখ\t\t\t\t',
        'প্রাতিষ্ঠানিক সেবা',
        '৩\tগ\t\t\t\t',
        'অভ্যন্তরীণ সেবা',
        '১\tঘ\t\t\t\t',
      ];
      expect(importText(text.join('\n')).report.problems).to.deep.equal([]);
    });

    it('names a fee where the time limit belongs and a time limit where the fee belongs', () => {
      const problems = problemsOf(['১\tসনদ\tসরাসরি\t৭ কর্মদিবস\t৫০/- টাকা\tসচিব']);
      expect(problems).to.have.length(1);
      expect(problems[0][1])
        .to.contain('the fee column holds "৭ কর্মদিবস", which reads as a time limit')
        .and.contain('the time-limit column holds "৫০/- টাকা", which reads as a fee');
      // Fees that speak of days, and time limits that speak of money, are not mistaken.
      expect(problemsOf(['১\tক\t\tমৃত্যুর ৪৫ দিনের মধ্যে বিনামূল্যে, পরে ২৫/- টাকা\tফি জমার ৩ দিন পর\t'])).to.deep.equal([]);
    });

    it('names the place of a row from a document without lines', () => {
      const lines = [
        { line: 1, cells: ['ক্রমিক নং', 'সেবার নাম', 'সেবার মূল্য'], place: 'table 1, row 1' },
        { line: 2, cells: ['১', 'সনদ'], place: 'table 1, row 2' },
      ];
      expect(importLines(lines).report.problems).to.deep.equal([
        {
          line: 2,
          place: 'table 1, row 2',
          text: '১\tসনদ',
          reason:
            'fewer cells than the header row has columns (2 cells where the header row (table 1, row 1) has 3): a cell was lost in copying, so the cells after it are in the wrong columns',
        },
      ]);
    });

    it('names a row without a service name, an expectation without its text and an incomplete grievance row', () => {
      const text = [
        header,
        '১\t\tসরাসরি\t\t\t',
        '৩. আপনার কাছে আমাদের প্রত্যাশা',
        'ক্রমিক\tপ্রতিশ্রুত সেবা প্রাপ্তির লক্ষ্যে করণীয়',
        '১\t',
        '২\tসময়মতো আসা',
        '৪. অভিযোগ প্রতিকার ব্যবস্থাপনা',
        'ক্রমিক\tকখন যোগাযোগ করবেন\tকার সঙ্গে যোগাযোগ করবেন\tযোগাযোগের ঠিকানা',
        '১\tসমাধান না পেলে\tঅনিক\t',
      ].join('\n');
      const { report } = importText(text);
      expect(report.problems.map((p) => [p.line, p.reason.split(':')[0]])).to.deep.equal([
        [3, 'a row without a service name'],
        [10, 'a grievance row without when, whom or address'],
      ]);
      // A lone serial is a line of text, not a row: it is unplaced, as before.
      expect(report.unplaced.map((u) => u.line)).to.deep.equal([6]);
    });
  });

  describe("text as Word's plain-text copy gives it (issue 10)", () => {
    const pasted = (text: string) => importLines(textLines(text), { pastedText: true });
    const header = 'ক্রমিক নং\tসেবার নাম\tপ্রয়োজনীয় কাগজপত্র\tসেবার মূল্য\tদায়িত্বপ্রাপ্ত কর্মকর্তা';

    it('joins a row that runs over several lines back into its cells, with line breaks inside the cells', () => {
      const text = [
        'অফিস',
        header,
        '১\tজন্ম নিবন্ধন\t১. আবেদন ফরম।',
        '২. ছবি।\t* ৪৫ দিনের মধ্যে বিনামূল্যে।',
        '* পরে ৫০/- টাকা।\tসচিব',
        '২\tনকল\tআবেদন\t১০০/- টাকা\tসচিব',
      ];
      const { charter, report } = pasted(text.join('\r\n'));
      const [first, second] = charter.serviceGroups[0].services;
      expect(first).to.deep.include({ serial: '১', name: 'জন্ম নিবন্ধন', documents: '১. আবেদন ফরম।\n২. ছবি।' });
      expect(first.fee!.text).to.equal('* ৪৫ দিনের মধ্যে বিনামূল্যে।\n* পরে ৫০/- টাকা।');
      expect(first.officers).to.deep.equal({ text: 'সচিব' });
      expect(second.name).to.equal('নকল');
      expect(report.problems).to.deep.equal([]);
      expect(report.unplaced).to.deep.equal([]);
    });

    it("continues a row's last cell over lines when a row follows or rows have wrapped, and stops at a blank line or heading", () => {
      const text = [
        'অফিস',
        header,
        '১\tসনদ\tআবেদন\tবিনামূল্যে\tজনাব মোঃ আলী, সচিব',
        'তত্ত্বাবধানে: চেয়ারম্যান',
        '২\tনকল\tআবেদন\t৫০/- টাকা\t১. জনাব মোঃ আলী, সচিব',
        '২. উদ্যোক্তা',
        '',
        'বি.দ্র.: অফিস সময়ে যোগাযোগ করুন।',
        '৩. আপনার কাছে আমাদের প্রত্যাশা',
      ];
      const { charter, report } = pasted(text.join('\n'));
      expect(charter.serviceGroups[0].services.map((s) => s.officers!.text)).to.deep.equal([
        'জনাব মোঃ আলী, সচিব\nতত্ত্বাবধানে: চেয়ারম্যান',
        '১. জনাব মোঃ আলী, সচিব\n২. উদ্যোক্তা',
      ]);
      expect(report.unplaced.map((u) => u.line)).to.deep.equal([8]);
      // One-row-per-line text: a paragraph right after the last row is not taken into it.
      const plain = pasted(
        ['অফিস', header, '১\tসনদ\tআবেদন\tবিনামূল্যে\tসচিব', 'বি.দ্র.: অফিস সময়ে যোগাযোগ করুন।'].join('\n'),
      );
      expect(plain.charter.serviceGroups[0].services[0].officers!.text).to.equal('সচিব');
      expect(plain.report.unplaced.map((u) => u.line)).to.deep.equal([4]);
    });

    it('joins a header row whose cells wrap', () => {
      const text = ['অফিস', 'ক্রমিক নং\tসেবার নাম\tসেবা প্রদানের', 'সর্বোচ্চ সময়\tসেবার মূল্য', '১\tসনদ\t৩ দিন\tবিনামূল্যে'];
      const { charter, report } = pasted(text.join('\n'));
      expect(charter.serviceGroups[0].headers).to.deep.equal({
        serial: 'ক্রমিক নং',
        name: 'সেবার নাম',
        timeLimit: 'সেবা প্রদানের\nসর্বোচ্চ সময়',
        fee: 'সেবার মূল্য',
      });
      expect(charter.serviceGroups[0].services[0].timeLimit).to.deep.equal({ text: '৩ দিন', days: 3 });
      expect(report.problems).to.deep.equal([]);
    });

    it('names a row that lost a cell instead of shifting its cells', () => {
      const text = ['অফিস', header, '১\tসনদ\t১. আবেদন', '২. ছবি\tসচিব', '২\tনকল\tআবেদন\t৫০/- টাকা\tসচিব'];
      const { report } = pasted(text.join('\n'));
      expect(report.problems.map((p) => [p.line, p.text])).to.deep.equal([[3, '১\tসনদ\t১. আবেদন\n২. ছবি\tসচিব']]);
      expect(report.problems[0].reason).to.contain(
        'fewer cells than the header row has columns (4 cells where the header row (line 2) has 5)',
      );
    });

    it('reads the charters in tests/fixtures/import as before', async () => {
      for (const name of SOURCES) {
        const result = pasted(await source(name));
        expect(banglaContent(result.charter), name).to.deep.equal(banglaContent(await loadData(name)));
        expect(result.report.problems, name).to.deep.equal([]);
        expect(result.report.unplaced, name).to.deep.equal([]);
      }
    });
  });

  describe('officer cells', () => {
    it('splits honorific, name, designation, office, phones and e-mails', () => {
      expect(
        parseOfficerCell('জনাব মোঃ মিলন হোসেন সহকারী প্রোগ্রামার মোবাইল-০১৮৫৭২৭০৭৯৮ ap.kalukhali@doict.gov.bd'),
      ).to.deep.equal({
        honorific: 'জনাব',
        name: 'মোঃ মিলন হোসেন',
        designation: 'সহকারী প্রোগ্রামার',
        phones: [{ text: '০১৮৫৭২৭০৭৯৮', label: 'মোবাইল', e164: '+8801857270798' }],
        emails: ['ap.kalukhali@doict.gov.bd'],
      });
      expect(
        parseOfficerCell('উপজেলা নির্বাহী অফিসার, শ্রীপুর, মাগুরা, ফোন: ০২৪৭৭৭০০০০৯, uno.sreepur.magura@mopa.gov.bd'),
      ).to.deep.equal({
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
      expect(parseFee('বিনামূল্যে (জ্বালানি খরচ দপ্তর বহন করবে)'))
        .to.deep.include({ free: true })
        .and.not.have.property('amount');
      expect(parseFee('১০০/- (একশত) টাকা').amount).to.equal(100);
      expect(parseFee('১,০০০ টাকা').amount).to.equal(1000);
      expect(parseFee('২০০/- হতে ১,০০০/- টাকা')).to.deep.equal({ text: '২০০/- হতে ১,০০০/- টাকা' });
    });

    it('reads time limits', () => {
      expect(parseTimeLimit('০৭ (সাত) কার্যদিবস')).to.deep.include({ days: 7, workingDays: true });
      expect(parseTimeLimit('আবেদনপত্র গ্রহণের তারিখ হতে সাত কর্ম দিবসের মধ্যে')).to.deep.include({
        days: 7,
        workingDays: true,
      });
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
      fc
        .array(fc.string({ unit: fc.constantFrom('ক', 'া', '্', '১', 'a', ' ', '\t', ':', '.', ')', '@', '-') }), {
          maxLength: 5,
        })
        .map((cells) => cells.join('\t')),
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

    it('never throws and never loses a cell when rows may run over lines (pasted text)', () => {
      const wrapped = fc.oneof(line, fc.constantFrom('২. ছবি।', '* পরে ৫০/- টাকা।\tসচিব', '', 'তত্ত্বাবধানে: চেয়ারম্যান'));
      fc.assert(
        fc.property(fc.array(wrapped, { maxLength: 30 }), (lines) => {
          const text = lines.join('\n');
          const result = importLines(textLines(text), { pastedText: true });
          expect(lostCells(text, result)).to.deep.equal([]);
        }),
        { numRuns: 300 },
      );
    });
  });
});
