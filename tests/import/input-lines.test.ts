import { expect } from '@open-wc/testing';
import { pastedTextLines, textLines } from '../../src/import/input-lines.js';

describe('textLines', () => {
  it('gives one line per line of text, numbered from 1, whatever the line breaks', () => {
    expect(textLines('এক\r\nদুই\nতিন\rচার')).to.deep.equal([
      { line: 1, cells: ['এক'] },
      { line: 2, cells: ['দুই'] },
      { line: 3, cells: ['তিন'] },
      { line: 4, cells: ['চার'] },
    ]);
  });

  it('splits a table row copied from Word or a web page at its tabs, keeping empty cells', () => {
    const copied = 'ক্রমিক নং\tসেবার নাম\tসেবা প্রদানের সময়সীমা\r\n১\tজন্ম নিবন্ধন\t\t৭ কার্যদিবস\r\n';
    expect(textLines(copied)).to.deep.equal([
      { line: 1, cells: ['ক্রমিক নং', 'সেবার নাম', 'সেবা প্রদানের সময়সীমা'] },
      { line: 2, cells: ['১', 'জন্ম নিবন্ধন', '', '৭ কার্যদিবস'] },
      { line: 3, cells: [''] },
    ]);
  });

  it('keeps empty lines, so that every line keeps its number', () => {
    const lines = textLines('ভিশন\n\n\nমিশন');
    expect(lines.map((l) => l.line)).to.deep.equal([1, 2, 3, 4]);
    expect(lines[1]).to.deep.equal({ line: 2, cells: [''] });
    expect(lines[3]).to.deep.equal({ line: 4, cells: ['মিশন'] });
  });

  it('gives one empty line for empty text', () => {
    expect(textLines('')).to.deep.equal([{ line: 1, cells: [''] }]);
  });
});

describe('pastedTextLines (issue 10)', () => {
  const header = ['ক্রমিক নং', 'সেবার নাম', 'সেবার মূল্য'];

  it('gives the lines of text copied with tabs as textLines does', () => {
    const text = 'অফিস\r\nক্রমিক নং\tসেবার নাম\r\n১\tসনদ\r\n';
    expect(pastedTextLines(text)).to.deep.equal({ ok: true, lines: textLines(text) });
  });

  it('rebuilds a table saved one cell per line from its header row, column numbers and empty cells included', () => {
    const text = [
      'অফিস',
      ...header,
      '(১)',
      '(২)',
      '(৩)',
      '১',
      'সনদ',
      'বিনামূল্যে',
      '২',
      'নকল',
      '',
      '',
      'নাগরিক সেবা',
      '১',
      'তথ্য',
      '৫০/- টাকা',
    ];
    const result = pastedTextLines(text.join('\n'));
    expect(result.ok && result.lines.filter((l) => l.cells.length > 1)).to.deep.equal([
      { line: 2, cells: header },
      { line: 5, cells: ['(১)', '(২)', '(৩)'] },
      { line: 8, cells: ['১', 'সনদ', 'বিনামূল্যে'] },
      { line: 11, cells: ['২', 'নকল', ''] },
      { line: 16, cells: ['১', 'তথ্য', '৫০/- টাকা'] },
    ]);
  });

  it('refuses a one-cell-per-line table whose rows do not come out whole, saying where', () => {
    const split = pastedTextLines(
      ['অফিস', ...header, '১', 'সনদ', 'বিনামূল্যে', 'পরে ৫০/- টাকা', '২', 'নকল', '১০/-'].join('\n'),
    );
    expect(split).to.deep.include({ ok: false, kind: 'one-cell-per-line', line: 8 });
    const lost = pastedTextLines(['অফিস', ...header, '১', 'সনদ', '২', 'নকল', '১০/-', '৩', 'তথ্য', '২০/-'].join('\n'));
    expect(lost).to.deep.include({ ok: false, kind: 'one-cell-per-line', line: 8 });
    expect(!lost.ok && lost.kind === 'one-cell-per-line' && lost.reason).to.contain('"নকল" follows a row');
    const number = pastedTextLines(['অফিস', ...header, '১', 'সনদ', 'বিনামূল্যে', '৫', '২', 'নকল', '১০/-'].join('\n'));
    expect(number).to.deep.include({ ok: false, kind: 'one-cell-per-line', line: 8 });
    expect(!number.ok && number.kind === 'one-cell-per-line' && number.reason).to.contain('serial ৫ follows serial ১');
  });

  it('refuses a table whose columns are runs of spaces, naming its header row', () => {
    const text = 'অফিস\nক্রমিক নং    সেবার নাম    সেবার মূল্য\n১    সনদ    বিনামূল্যে';
    expect(pastedTextLines(text)).to.deep.equal({ ok: false, kind: 'space-separated-columns', line: 2 });
    // A sentence with double spaces is not a table.
    expect(pastedTextLines('সেবার নাম  জানতে  ক্রমিক নং দেখুন').ok).to.equal(true);
  });
});
