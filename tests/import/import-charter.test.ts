import { expect, fixture, html } from '@open-wc/testing';
import '../../src/charter-widgets-all.js';
import { utils, write } from '@e965/xlsx';
import { describeFailure, importCharter } from '../../src/import/import-charter.js';
import { CHARTERS, emptyPdf, SHARED_CHARTERS } from './documents.js';
import { validateFile } from '../../src/import/validate-file.js';
import { banglaContent, loadData, shadowOf } from '../helpers.js';

const seedText = async () => (await fetch('/tests/fixtures/import/kalukhali-doict.txt')).text();
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importing a file', () => {
  it('reads text copied from Word, PDF or a web page', async () => {
    const outcome = await importCharter(utf8(await seedText()), { fileName: 'charter.txt' });
    expect(outcome.ok && outcome.issues).to.deep.equal([]);
    if (outcome.ok)
      expect(banglaContent(outcome.charter)).to.deep.equal(banglaContent(await loadData('kalukhali-doict')));
  });

  it('gives a charter the widgets show completely', async () => {
    const outcome = await importCharter(utf8(await seedText()));
    if (!outcome.ok) return expect.fail(describeFailure(outcome.failure));
    const el = await fixture(html`<charter-services .charter=${outcome.charter}></charter-services>`);
    expect(shadowOf(el).querySelectorAll('tbody tr')).to.have.length(19);
    const officerCell = shadowOf(el).querySelector('tbody tr td.officers')!;
    expect([...officerCell.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+8801857270798',
      'mailto:ap.kalukhali@doict.gov.bd',
    ]);
  });

  it('reads the same charter as CSV, quoted cells with commas and line breaks included', async () => {
    const rows = (await seedText()).split('\n').map((line) => line.split('\t'));
    const csv = rows.map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n');
    const outcome = await importCharter(utf8(`\uFEFF${csv}`), { fileName: 'charter.csv' });
    if (!outcome.ok) expect.fail(describeFailure(outcome.failure));
    else expect(banglaContent(outcome.charter)).to.deep.equal(banglaContent(await loadData('kalukhali-doict')));
  });

  it('reads the same charter as XLSX', async () => {
    const rows = (await seedText()).split('\n').map((line) => line.split('\t'));
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'সিটিজেন চার্টার');
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const outcome = await importCharter(bytes, { fileName: 'charter.xlsx' });
    if (!outcome.ok) expect.fail(describeFailure(outcome.failure));
    else expect(banglaContent(outcome.charter)).to.deep.equal(banglaContent(await loadData('kalukhali-doict')));
  });

  it('reads a spreadsheet export with lettered group rows padded with empty cells', async () => {
    const bytes = new Uint8Array(await (await fetch('/tests/fixtures/import/charter-excel.csv')).arrayBuffer());
    const outcome = await importCharter(bytes, { fileName: 'charter-excel.csv' });
    if (!outcome.ok) expect.fail(describeFailure(outcome.failure));
    else {
      expect(outcome.charter.serviceGroups[0]).to.include({ id: 'citizen', serial: 'ক', heading: 'নাগরিক সেবা' });
      expect(outcome.report.unplaced).to.deep.equal([]);
    }
  });

  it('reads UTF-16 text as Word saves "Unicode text"', async () => {
    const text = await seedText();
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect((await importCharter(bytes)).ok).to.equal(true);
  });

  it('names what is wrong with input that cannot be a charter', async () => {
    const outcomes = await Promise.all([
      importCharter(utf8('  \n\n')),
      importCharter(new Uint8Array([0xe0, 0xa6, 0x20, 0xe9])),
      importCharter(utf8('MYcÖRvZš¿x evsjv‡`k miKvi\nDc‡Rjv Kvh©vjq\n')),
      importCharter(utf8('একটি সাধারণ চিঠি\nকোনো সারণি নেই')),
      importCharter(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
      // Bijoy text as Word saves "Plain Text, Windows (Default)": Windows-1252 bytes, ‡ is 0x87.
      importCharter(
        new Uint8Array(
          [...'Dc']
            .map((c) => c.charCodeAt(0))
            .concat(
              [0x87],
              [...'Rjv Kvh'].map((c) => c.charCodeAt(0)),
              [0xa9],
              [...'vjq'].map((c) => c.charCodeAt(0)),
            ),
        ),
      ),
    ]);
    const failures = outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.failure.kind));
    expect(failures).to.deep.equal([
      'empty',
      'not-utf8',
      'legacy-encoding',
      'no-table',
      'unreadable-workbook',
      'legacy-encoding',
    ]);
    expect(describeFailure({ kind: 'legacy-encoding', sample: 'Dc‡Rjv' }))
      .to.contain('Bijoy')
      .and.contain('--from-bijoy');
  });
});

describe('importing a charter as the office holds it: DOCX, PDF, HTML, Word text (issue 10)', function () {
  this.timeout(30000);
  const bytesOf = async (path: string) =>
    new Uint8Array(await (await fetch(`/tests/fixtures/import/documents/${path}`)).arrayBuffer());

  for (const form of ['docx', 'pdf', 'html', 'word-paste.txt'])
    it(`reads each shared charter's .${form} to a valid charter with no row out of place, that the widgets show`, async () => {
      for (const [name, services] of SHARED_CHARTERS) {
        const outcome = await importCharter(await bytesOf(`${name}.${form}`));
        if (!outcome.ok) return expect.fail(`${name}.${form}: ${describeFailure(outcome.failure)}`);
        expect(outcome.issues, name).to.deep.equal([]);
        expect(outcome.report.problems, name).to.deep.equal([]);
        expect(outcome.uncertain, name).to.deep.equal([]);
        const el = await fixture(html`<charter-services .charter=${outcome.charter}></charter-services>`);
        expect(shadowOf(el).querySelectorAll('tbody tr[id]'), name).to.have.length(services);
      }
    });

  it('refuses a scanned PDF and a damaged DOCX, saying so', async () => {
    const scanned = await importCharter(emptyPdf());
    expect(scanned.ok || scanned.failure).to.deep.equal({ kind: 'scanned-pdf' });
    expect(describeFailure({ kind: 'scanned-pdf' }))
      .to.contain('scan')
      .and.contain('DOCX');
    const docx = await bytesOf('sample-union-parishad-field-format.docx');
    const damaged = await importCharter(docx.slice(0, 2000));
    expect(damaged.ok ? 'ok' : damaged.failure.kind).to.be.oneOf(['unreadable-document', 'unreadable-workbook']);
  });
});

describe('validating a file', () => {
  it('finds nothing wrong with the charters in data/', async () => {
    for (const name of ['kalukhali-doict', 'magura-dio', 'amalsar-up'])
      expect(validateFile(await (await fetch(`/data/${name}.json`)).text()), name).to.deep.equal([]);
  });

  it('gives each problem its path, what was expected, and its line and column', () => {
    const text =
      '{\n  "formatVersion": 1,\n  "office": { "name": "অফিস" },\n  "serviceGroups": [\n    { "id": "a", "services": [{ "id": "a-1", "serial": "১", "name": 5 }] }\n  ]\n}\n';
    const line5 = text.split('\n')[4];
    expect(validateFile(text)).to.deep.equal([
      {
        message: 'serviceGroups[0].services[0].name: expected text, found number',
        line: 5,
        column: line5.indexOf('5 }') + 1,
      },
    ]);
    // After "not valid JSON: " comes the browser's own parser message, which differs between engines and versions.
    const [notJson, ...more] = validateFile('{"formatVersion": 1,}');
    expect(more).to.deep.equal([]);
    expect(notJson.message).to.match(/^not valid JSON: ./);
    expect([notJson.line, notJson.column]).to.deep.equal([1, 21]);
  });
});

describe('text as people paste it: a right charter or a named refusal (issue 10)', () => {
  const bytesOf = async (path: string) =>
    new Uint8Array(await (await fetch(`/tests/fixtures/import/${path}`)).arrayBuffer());
  const importFile = async (path: string) => importCharter(await bytesOf(path), { fileName: path.split('/').pop() });
  /** Every string with its list separators ("; " or a line break) and runs of white space as one space. */
  const cellsAside = (value: unknown): unknown =>
    typeof value === 'string'
      ? value.replace(/;\s+/g, ' ').replace(/\s+/g, ' ').trim()
      : Array.isArray(value)
        ? value.map(cellsAside)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([key, v]) => [key, cellsAside(v)]))
          : value;
  /** The charter of a file, which must import without a problem and validate. */
  const charterOf = async (path: string) => {
    const outcome = await importFile(path);
    if (!outcome.ok) return expect.fail(`${path}: ${describeFailure(outcome.failure)}`);
    expect(outcome.issues, path).to.deep.equal([]);
    expect(outcome.report.problems, path).to.deep.equal([]);
    return outcome.charter;
  };
  const failureOf = async (path: string) => {
    const outcome = await importFile(path);
    return outcome.ok ? expect.fail(`${path} imported`) : outcome.failure;
  };

  for (const name of CHARTERS)
    it(`imports Word's plain-text copy of ${name} with the cells of its text import`, async () => {
      const pasted = await charterOf(`documents/${name}.word-paste.txt`);
      const text = await charterOf(`documents/${name}.txt`);
      expect(cellsAside(pasted)).to.deep.equal(cellsAside(text));
      expect(pasted.serviceGroups.flatMap((g) => g.services)).to.have.length(
        text.serviceGroups.flatMap((g) => g.services).length,
      );
    });

  it("keeps a cell's lines as line breaks, as the charter shows them", async () => {
    const [birth] = (await charterOf('documents/sample-pourashava.word-paste.txt')).serviceGroups[0].services;
    expect(birth.documentsSource).to.equal(
      'পৌরসভার জন্ম ও মৃত্যু নিবন্ধন শাখা\nসংশ্লিষ্ট হাসপাতাল/ ইপিআই কেন্দ্র/ শিক্ষা প্রতিষ্ঠান',
    );
    expect((birth.documents as string).split('\n')).to.have.length(4);
  });

  it('rebuilds a table saved one cell per line when its header row says how many columns there are', async () => {
    expect(cellsAside(await charterOf('text/kalukhali-doict.one-cell-per-line.txt'))).to.deep.equal(
      cellsAside(await charterOf('kalukhali-doict.txt')),
    );
    expect(cellsAside(await charterOf('text/sample-pourashava.one-cell-per-line.txt'))).to.deep.equal(
      cellsAside(await charterOf('documents/sample-pourashava.txt')),
    );
  });

  it('refuses a one-cell-per-line table whose cells run over several lines, saying where and what to do', async () => {
    const failure = await failureOf('text/sample-union-parishad-field-format.word-paste.one-cell-per-line.txt');
    expect(failure).to.deep.include({ kind: 'one-cell-per-line', line: 21 });
    expect(describeFailure(failure)).to.contain('at line 21').and.contain('Import the DOCX or PDF file itself');
  });

  it('names a row that lost a cell in copying, with its line, instead of shifting its cells', async () => {
    for (const [path, line] of [
      ['text/magura-dio.lost-cell.txt', 30],
      ['text/sample-upazila-health-complex.word-paste.lost-cell.txt', 28],
    ] as const) {
      const outcome = await importFile(path);
      if (!outcome.ok) return expect.fail(describeFailure(outcome.failure));
      expect(
        outcome.report.problems.map((p) => p.line),
        path,
      ).to.deep.equal([line]);
      expect(outcome.report.problems[0].reason)
        .to.contain('fewer cells than the header row has columns (6 cells where')
        .and.contain('has 7)');
    }
  });

  it('refuses text copied from a PDF viewer, columns as runs of spaces, saying to import the PDF or DOCX', async () => {
    const spaced = await failureOf('text/sample-district-information-office.pdf-viewer.txt');
    expect(spaced).to.deep.equal({ kind: 'space-separated-columns', line: 26 });
    expect(describeFailure(spaced)).to.contain('runs of spaces').and.contain('Import the PDF or DOCX file itself');
    // What `pdftotext -layout` gives for a real PDF: the header row's cells wrap over three lines.
    expect(await failureOf('text/sample-union-parishad-field-format.pdftotext-layout.txt')).to.deep.equal({
      kind: 'space-separated-columns',
      line: 8,
    });
  });

  it('fails with zero services, whatever else the file has', async () => {
    const failure = await failureOf('text/sample-district-information-office.zero-services.txt');
    expect(failure).to.deep.equal({ kind: 'no-services', line: 26 });
    expect(describeFailure(failure)).to.contain('(line 26) has no service rows under it');
    // Expectations and a grievance table without services were a charter before.
    const expectationsOnly = await importCharter(
      utf8('অফিস\n৩. আপনার কাছে আমাদের প্রত্যাশা\nক্রমিক\tকরণীয়\n১\tসময়মতো আসা'),
    );
    expect(expectationsOnly.ok || expectationsOnly.failure).to.deep.equal({ kind: 'no-table' });
  });
});
