import { expect } from '@open-wc/testing';
import { textLines } from '../../src/import/input-lines.js';

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
