/**
 * An Excel workbook (XLSX) to input lines with SheetJS: every sheet in order, each row's cells as Excel displays them
 * (dates and numbers formatted, empty cells as ''), `line` being the row's number within its sheet. No DOM, no Node.
 */
import { read, utils } from '@e965/xlsx';
import type { InputLine } from './input-lines.js';

/** Throws SheetJS's error for a ZIP that is not a workbook (a DOCX: "Unknown Namespace") or a damaged one. */
export function xlsxLines(bytes: Uint8Array): InputLine[] {
  const workbook = read(bytes, { type: 'array' });
  return workbook.SheetNames.flatMap((name) => {
    const sheet = workbook.Sheets[name];
    const ref = sheet?.['!ref'];
    if (!sheet || !ref) return [];
    // The used range may start below row 1; blank rows inside it are kept so that rows keep their numbers.
    const firstRow = utils.decode_range(ref).s.r + 1;
    const rows = utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
    return rows.map((cells, i) => ({ line: firstRow + i, cells: cells.map((cell) => cell.replace(/\r\n?/g, '\n')) }));
  });
}
