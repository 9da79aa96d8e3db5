import { expect } from '@open-wc/testing';
import { utils, write } from '@e965/xlsx';
import { isZip } from '../../src/import/formats.js';
import { xlsxLines } from '../../src/import/xlsx.js';

/** An XLSX file as bytes, from sheets of rows, made with SheetJS's writer. */
function workbook(sheets: Record<string, ReturnType<typeof utils.aoa_to_sheet>>): Uint8Array {
  const book = utils.book_new();
  for (const [name, sheet] of Object.entries(sheets)) utils.book_append_sheet(book, sheet, name);
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('xlsxLines', () => {
  const services = utils.aoa_to_sheet([
    ['ক্রমিক নং', 'সেবার নাম', 'প্রয়োজনীয় কাগজপত্র', 'সেবার মূল্য'],
    ['১', 'জন্ম নিবন্ধন', '১. আবেদন ফরম\n২. টিকার কার্ড', 'বিনামূল্যে'],
    [],
    [2, 'ট্রেড লাইসেন্স', '', { t: 'n', v: 500, z: '#,##0.00' }],
  ]);
  const grievance = utils.aoa_to_sheet([['অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)'], ['ক্রমিক', 'কখন যোগাযোগ করবেন']]);

  it('reads every sheet in order, each row as displayed, with its row number in its sheet', () => {
    const lines = xlsxLines(workbook({ সেবা: services, অভিযোগ: grievance }));
    expect(lines).to.deep.equal([
      { line: 1, cells: ['ক্রমিক নং', 'সেবার নাম', 'প্রয়োজনীয় কাগজপত্র', 'সেবার মূল্য'] },
      { line: 2, cells: ['১', 'জন্ম নিবন্ধন', '১. আবেদন ফরম\n২. টিকার কার্ড', 'বিনামূল্যে'] },
      { line: 3, cells: ['', '', '', ''] },
      { line: 4, cells: ['2', 'ট্রেড লাইসেন্স', '', '500.00'] },
      { line: 1, cells: ['অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)', ''] },
      { line: 2, cells: ['ক্রমিক', 'কখন যোগাযোগ করবেন'] },
    ]);
  });

  it('numbers rows from where the sheet is, when its first rows are empty, and skips an empty sheet', () => {
    // Excel records the used range: here it starts on row 3.
    const lower = { A3: { t: 's', v: 'সেবা প্রদান প্রতিশ্রুতি' }, '!ref': 'A3:A3' };
    const lines = xlsxLines(workbook({ শূন্য: utils.aoa_to_sheet([]), নিচে: lower }));
    expect(lines).to.deep.equal([{ line: 3, cells: ['সেবা প্রদান প্রতিশ্রুতি'] }]);
  });

  it('throws for a damaged file', () => {
    expect(() => xlsxLines(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3))).to.throw();
  });

  it('knows an XLSX by its ZIP signature', () => {
    expect(isZip(workbook({ সেবা: services }))).to.equal(true);
    expect(isZip(new TextEncoder().encode('ক্রমিক নং,সেবার নাম'))).to.equal(false);
    expect(isZip(new TextEncoder().encode('PK'))).to.equal(false);
    expect(isZip(new Uint8Array())).to.equal(false);
  });
});
