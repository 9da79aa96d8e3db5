/**
 * CSV as Excel, LibreOffice or Google Sheets save a charter table, to input lines: one per record, with the line the
 * record starts on. Quoted cells may hold line breaks, delimiters and doubled quotes. No DOM, no Node.
 */
import { dsvFormat } from 'd3-dsv';
import type { InputLine } from './input-lines.js';

// Excel writes ';' where the decimal separator is ',' (the locale's list separator), and "Unicode Text" with tabs.
const DELIMITERS = [',', ';', '\t'];
const LINE_BREAK = /\r\n|\n|\r/g;

export function csvLines(text: string): InputLine[] {
  let line = 1;
  return parseGuessingDelimiter(text.replace(/^\uFEFF/, '')).map((row) => {
    const start = line;
    // Line breaks are only inside quoted cells and between records, so a record spans 1 + its cells' breaks.
    line += 1 + row.reduce((breaks, cell) => breaks + (cell.match(LINE_BREAK)?.length ?? 0), 0);
    return { line: start, cells: row.map((cell) => cell.replace(LINE_BREAK, '\n')) };
  });
}

/** The parse whose rows most often agree on their number of cells; ties go to more cells, then to the earlier one. */
function parseGuessingDelimiter(text: string): string[][] {
  let best = { rows: [] as string[][], agreeing: -1, width: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = dsvFormat(delimiter).parseRows(text);
    const { agreeing, width } = commonWidth(rows);
    const better = agreeing > best.agreeing || (agreeing === best.agreeing && width > best.width);
    if (better) best = { rows, agreeing, width };
  }
  return best.rows;
}

/** The most common number of cells in a row, and how many rows have it; rows of one cell are not counted. */
function commonWidth(rows: string[][]): { agreeing: number; width: number } {
  const rowsByWidth = new Map<number, number>();
  for (const { length } of rows) if (length > 1) rowsByWidth.set(length, (rowsByWidth.get(length) ?? 0) + 1);
  let agreeing = 0;
  let width = 1;
  for (const [w, n] of rowsByWidth) if (n > agreeing || (n === agreeing && w > width)) [agreeing, width] = [n, w];
  return { agreeing, width };
}
