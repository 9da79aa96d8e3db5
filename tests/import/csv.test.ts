import { expect } from '@open-wc/testing';
import { csvLines } from '../../src/import/csv.js';

describe('csvLines', () => {
  it('reads a charter table as Excel saves it: BOM, CRLF, cells with line breaks, commas and quotes', async () => {
    const text = await (await fetch('/tests/fixtures/import/charter-excel.csv')).text();
    const lines = csvLines(text);
    expect(lines.map((l) => l.line)).to.deep.equal([1, 2, 3, 4, 8, 9]);
    expect(lines[0]?.cells[0]).to.equal('ক্রমিক নং');
    expect(lines[2]?.cells).to.deep.equal(['ক. নাগরিক সেবা', '', '', '', '', '', '']);
    expect(lines[3]?.cells).to.deep.equal([
      '১',
      'জন্ম নিবন্ধন',
      'অনলাইনে আবেদন, যাচাই ও সনদ প্রদান',
      '১. আবেদন ফরম\n২. টিকার কার্ড\n৩. পিতা-মাতার "জাতীয় পরিচয়পত্র"',
      'বিনামূল্যে',
      '৭ কার্যদিবস',
      'মো. মিলন হোসেন\nফোন: ০১৭১১-০০০০০০',
    ]);
    expect(lines[5]?.cells[4]).to.equal('৫০০/- টাকা, ভ্যাট সহ');
    expect(lines.every((l) => l.cells.length === 7)).to.equal(true);
  });

  it('counts a CRLF inside a quoted cell as one line, and gives the cell a plain \\n', () => {
    const lines = csvLines('নাম,কাগজপত্র\r\nজন্ম নিবন্ধন,"ফরম\r\nছবি\r\nসনদ"\r\nমৃত্যু নিবন্ধন,ফরম\r\n');
    expect(lines).to.deep.equal([
      { line: 1, cells: ['নাম', 'কাগজপত্র'] },
      { line: 2, cells: ['জন্ম নিবন্ধন', 'ফরম\nছবি\nসনদ'] },
      { line: 5, cells: ['মৃত্যু নিবন্ধন', 'ফরম'] },
    ]);
  });

  it('keeps empty lines as one empty cell, with their numbers', () => {
    expect(csvLines('a,b\n\nc,d')).to.deep.equal([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['c', 'd'] },
    ]);
  });

  it('finds semicolons, as Excel writes where the list separator is ;, even with commas in the cells', () => {
    const text = [
      'সেবার নাম;সেবার মূল্য;সময়সীমা',
      'ট্রেড লাইসেন্স;৫০০ টাকা, ভ্যাট সহ;৩ দিন',
      'ওয়ারিশ সনদ;বিনামূল্যে;১, ২ বা ৩ দিন',
      '',
    ].join('\n');
    expect(csvLines(text).map((l) => l.cells)).to.deep.equal([
      ['সেবার নাম', 'সেবার মূল্য', 'সময়সীমা'],
      ['ট্রেড লাইসেন্স', '৫০০ টাকা, ভ্যাট সহ', '৩ দিন'],
      ['ওয়ারিশ সনদ', 'বিনামূল্যে', '১, ২ বা ৩ দিন'],
    ]);
  });

  it('finds tabs, with commas and semicolons in the cells', () => {
    const text = 'নাম\tমূল্য\nক, খ\t১০; ২০\nগ\tঘ, ঙ, চ\n';
    expect(csvLines(text).map((l) => l.cells)).to.deep.equal([
      ['নাম', 'মূল্য'],
      ['ক, খ', '১০; ২০'],
      ['গ', 'ঘ, ঙ, চ'],
    ]);
  });

  it('takes commas when the rows agree as well either way, and for a single column', () => {
    expect(csvLines('a,b;c\nd,e;f').map((l) => l.cells)).to.deep.equal([
      ['a', 'b;c'],
      ['d', 'e;f'],
    ]);
    expect(csvLines('এক\nদুই').map((l) => l.cells)).to.deep.equal([['এক'], ['দুই']]);
  });

  it('gives no lines for empty text or a lone BOM', () => {
    expect(csvLines('')).to.deep.equal([]);
    expect(csvLines('\uFEFF')).to.deep.equal([]);
  });
});
