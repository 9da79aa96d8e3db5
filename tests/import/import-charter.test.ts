import { expect, fixture, html } from '@open-wc/testing';
import '../../src/charter-widgets.js';
import { utils, write } from '@e965/xlsx';
import { describeFailure, importCharter } from '../../src/import/import-charter.js';
import { validateFile } from '../../src/import/validate-file.js';
import { banglaContent, loadData, shadowOf } from '../helpers.js';

const seedText = async () => (await fetch('/tests/fixtures/import/kalukhali-doict.txt')).text();
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importing a file', () => {
  it('reads text copied from Word, PDF or a web page', async () => {
    const outcome = importCharter(utf8(await seedText()), { fileName: 'charter.txt' });
    expect(outcome.ok && outcome.issues).to.deep.equal([]);
    if (outcome.ok) expect(banglaContent(outcome.charter)).to.deep.equal(banglaContent(await loadData('kalukhali-doict')));
  });

  it('gives a charter the widgets show completely', async () => {
    const outcome = importCharter(utf8(await seedText()));
    if (!outcome.ok) return expect.fail(describeFailure(outcome.failure));
    const el = await fixture(html`<charter-services .charter=${outcome.charter}></charter-services>`);
    expect(shadowOf(el).querySelectorAll('tbody tr')).to.have.length(19);
    const contact = shadowOf(el).querySelector('officer-contact')!;
    await (contact as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect([...shadowOf(contact).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+8801857270798',
      'mailto:ap.kalukhali@doict.gov.bd',
    ]);
  });

  it('reads the same charter as CSV, quoted cells with commas and line breaks included', async () => {
    const rows = (await seedText()).split('\n').map((line) => line.split('\t'));
    const csv = rows.map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n');
    const outcome = importCharter(utf8(`\uFEFF${csv}`), { fileName: 'charter.csv' });
    if (!outcome.ok) expect.fail(describeFailure(outcome.failure));
    else expect(banglaContent(outcome.charter)).to.deep.equal(banglaContent(await loadData('kalukhali-doict')));
  });

  it('reads the same charter as XLSX', async () => {
    const rows = (await seedText()).split('\n').map((line) => line.split('\t'));
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'সিটিজেন চার্টার');
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const outcome = importCharter(bytes, { fileName: 'charter.xlsx' });
    if (!outcome.ok) expect.fail(describeFailure(outcome.failure));
    else expect(banglaContent(outcome.charter)).to.deep.equal(banglaContent(await loadData('kalukhali-doict')));
  });

  it('reads a spreadsheet export with lettered group rows padded with empty cells', async () => {
    const bytes = new Uint8Array(await (await fetch('/tests/fixtures/import/charter-excel.csv')).arrayBuffer());
    const outcome = importCharter(bytes, { fileName: 'charter-excel.csv' });
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
    expect(importCharter(bytes).ok).to.equal(true);
  });

  it('names what is wrong with input that cannot be a charter', () => {
    const failures = [
      importCharter(utf8('  \n\n')),
      importCharter(new Uint8Array([0xe0, 0xa6, 0x20, 0xe9])),
      importCharter(utf8('MYcÖRvZš¿x evsjv‡`k miKvi\nDc‡Rjv Kvh©vjq\n')),
      importCharter(utf8('একটি সাধারণ চিঠি\nকোনো সারণি নেই')),
      importCharter(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
      // Bijoy text as Word saves "Plain Text, Windows (Default)": Windows-1252 bytes, ‡ is 0x87.
      importCharter(new Uint8Array([...'Dc'].map((c) => c.charCodeAt(0)).concat([0x87], [...'Rjv Kvh'].map((c) => c.charCodeAt(0)), [0xa9], [...'vjq'].map((c) => c.charCodeAt(0))))),
    ].map((outcome) => (outcome.ok ? 'ok' : outcome.failure.kind));
    expect(failures).to.deep.equal(['empty', 'not-utf8', 'legacy-encoding', 'no-table', 'unreadable-workbook', 'legacy-encoding']);
    expect(describeFailure({ kind: 'legacy-encoding', sample: 'Dc‡Rjv' })).to.contain('Bijoy').and.contain('--from-bijoy');
  });
});

describe('validating a file', () => {
  it('finds nothing wrong with the charters in data/', async () => {
    for (const name of ['kalukhali-doict', 'magura-dio', 'amalsar-up'])
      expect(validateFile(await (await fetch(`/data/${name}.json`)).text()), name).to.deep.equal([]);
  });

  it('gives each problem its path, what was expected, and its line and column', () => {
    const text = '{\n  "formatVersion": 1,\n  "office": { "name": "অফিস" },\n  "serviceGroups": [\n    { "id": "a", "services": [{ "id": "a-1", "serial": "১", "name": 5 }] }\n  ]\n}\n';
    const line5 = text.split('\n')[4];
    expect(validateFile(text)).to.deep.equal([
      { message: 'serviceGroups[0].services[0].name: expected text, found number', line: 5, column: line5.indexOf('5 }') + 1 },
    ]);
    expect(validateFile('{"formatVersion": 1,}')).to.deep.equal([
      { message: validateFile('{"formatVersion": 1,}')[0].message, line: 1, column: 21 },
    ]);
  });
});
