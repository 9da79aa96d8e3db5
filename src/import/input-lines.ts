import { toAsciiDigits } from '../model/text.js';
import { expectationColumnOf, grievanceColumnOf, serviceColumnOf } from './columns.js';

/**
 * One line of input: a table row's cells, or a line of text as one cell; `line` is where it starts in the file
 * (1-based), or its number among the document's paragraphs and rows, and `place` says where it is in a document
 * that has no lines of its own ("table 2, row 5", "page 3").
 */
export interface InputLine {
  line: number;
  cells: string[];
  place?: string;
}

/**
 * Text as copied from Word, PDF or a web page: one InputLine per line, cells split at tabs (a Word or web table
 * copies as one line per row with its cells tab-separated). Empty lines are kept, as `{ cells: [''] }`, so that every
 * line keeps its number.
 */
export function textLines(text: string): InputLine[] {
  return text.split(/\r\n|\n|\r/).map((content, i) => ({ line: i + 1, cells: content.split('\t') }));
}

/** Text as people paste it, read as rows with its tables rebuilt; or why its tables cannot be read. */
export type PastedText =
  | { ok: true; lines: InputLine[] }
  /** Columns separated by runs of spaces, as a PDF viewer copies a table: `line` is the header row. */
  | { ok: false; kind: 'space-separated-columns'; line: number }
  /** A table saved one cell per line that cannot be rebuilt: `line` is where it goes wrong. */
  | { ok: false; kind: 'one-cell-per-line'; line: number; reason: string };

/**
 * Pasted text (Word, a PDF viewer, a web page) as input lines: as {@link textLines}, with a table saved one cell per
 * line rebuilt into rows when its header row says how many columns there are and every row has that many cells. A
 * table whose columns are separated by runs of spaces instead of tabs, and a one-cell-per-line table that does not
 * come out whole, are refused: their cells cannot be put in the right columns with certainty.
 */
export function pastedTextLines(text: string): PastedText {
  const lines = textLines(text);
  for (const { line, cells } of lines) {
    if (cells.length !== 1) continue;
    // A header row that starts with the serial column and names at least three columns the importer knows.
    const columns = cells[0].trim().split(/\s{2,}/);
    const known = columns.filter((column) => serviceColumnOf(column) || grievanceColumnOf(column)).length;
    if (known >= 3 && /^(ক্রমিক|ক্রঃ)/.test(columns[0]) && tableHeader(columns))
      return { ok: false, kind: 'space-separated-columns', line };
  }
  return rebuildCellPerLine(lines);
}

/** Whether cells are a table's header row: services (serial and name), grievance (when and whom) or expectations. */
function tableHeader(cells: string[]): boolean {
  const services = cells.map(serviceColumnOf);
  const grievance = cells.map(grievanceColumnOf);
  const expectations = cells.map(expectationColumnOf);
  return (
    (services.includes('serial') && services.includes('name')) ||
    (grievance.includes('when') && grievance.includes('whom')) ||
    (expectations[0] === 'serial' && expectations.includes('text'))
  );
}

const SERIAL_CELL = /^[০-৯0-9]{1,3}[.)।]?$/;
const COLUMN_NUMBER = /^\(([০-৯0-9]{1,2})\)$/;
const digitsOf = (text: string) => Number(toAsciiDigits(text).replace(/\D/g, ''));

function rebuildCellPerLine(lines: InputLine[]): PastedText {
  // The text of a line without tabs, trimmed; undefined for a line with tabs or past the end.
  const textAt = (i: number) => (lines[i]?.cells.length === 1 ? lines[i].cells[0].trim() : undefined);
  const isSerial = (i: number) => SERIAL_CELL.test(textAt(i) ?? '');

  /** A header row one cell per line starting at `start` (ক্রমিক নং, সেবার নাম, …, up to a serial or column number). */
  const headerAt = (start: number): string[] | undefined => {
    const first = textAt(start);
    if (!first || (serviceColumnOf(first) !== 'serial' && grievanceColumnOf(first) !== 'serial')) return undefined;
    const cells = [first];
    for (let i = start + 1; i < lines.length && cells.length < 16; i++) {
      const text = textAt(i);
      if (text === undefined || isSerial(i)) break;
      if (!text || COLUMN_NUMBER.test(text)) break;
      cells.push(text);
    }
    const next = start + cells.length;
    return cells.length >= 2 && tableHeader(cells) && (isSerial(next) || COLUMN_NUMBER.test(textAt(next) ?? ''))
      ? cells
      : undefined;
  };

  const out: InputLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = headerAt(i);
    if (!header) {
      out.push(lines[i++]);
      continue;
    }
    const width = header.length;
    let previousSerial: number | undefined;
    let previousText = '';
    let afterRow = false;
    while (i < lines.length) {
      const text = textAt(i);
      if (text === undefined) break;
      const again = headerAt(i);
      if (again) {
        if (again.length !== width)
          return cellPerLine(
            lines[i].line,
            `this header row has ${again.length} cells where the one above has ${width}`,
          );
        out.push({ line: lines[i].line, cells: again });
        i += width;
        // The column numbers (১) (২) … under it, one per line.
        if (COLUMN_NUMBER.test(textAt(i) ?? '')) {
          const numbers = lines.slice(i, i + width).map((_, k) => textAt(i + k) ?? '');
          if (!numbers.every((number, k) => COLUMN_NUMBER.test(number) && digitsOf(number) === k + 1))
            return cellPerLine(
              lines[i].line,
              `the column numbers under the header row are not (১) to (${width}) one per line`,
            );
          out.push({ line: lines[i].line, cells: numbers });
          i += width;
        }
        afterRow = false;
        continue;
      }
      if (!text) {
        out.push(lines[i++]);
        afterRow = false;
        continue;
      }
      if (isSerial(i)) {
        const serial = digitsOf(text);
        if (previousSerial !== undefined && serial !== previousSerial + 1 && serial !== 1)
          return cellPerLine(
            lines[i].line,
            `serial ${text} follows serial ${previousText}: a row above has a cell too many or too few`,
          );
        const cells = lines.slice(i, i + width).map((_, k) => textAt(i + k));
        if (cells.length < width || cells.includes(undefined))
          return cellPerLine(lines[i].line, `the row starting here does not have the ${width} cells of its header row`);
        out.push({ line: lines[i].line, cells: cells as string[] });
        previousSerial = serial;
        previousText = text;
        i += width;
        afterRow = true;
        continue;
      }
      // Right after a row only a serial, a blank line or a header row may come: anything else is a cell that did not fit.
      if (afterRow)
        return cellPerLine(
          lines[i].line,
          `"${text.slice(0, 40)}" follows a row where the next row's serial should: a row above has a cell too many or too few`,
        );
      // A heading or a paragraph: the table goes on below it when rows follow (a service group's heading), or ends.
      out.push(lines[i++]);
      previousSerial = undefined;
      let next = i;
      while (textAt(next) === '') next++;
      if (!isSerial(next)) break;
    }
  }
  return { ok: true, lines: out };
}

function cellPerLine(line: number, reason: string): PastedText {
  return { ok: false, kind: 'one-cell-per-line', line, reason };
}
