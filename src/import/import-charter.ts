/**
 * Importing a file as an office has it: a Word document (DOCX), a PDF, a saved or pasted portal page (HTML), plain
 * text copied from Word, PDF or a portal page, CSV, or XLSX, to charter JSON with a report of what to check. Input
 * that cannot be a charter (empty, not UTF-8, legacy Bijoy encoding, no table, no services, a table whose cells
 * cannot be put in their columns for certain) is named, never thrown; rows that do not fit their header row are the
 * report's problems, and a charter with problems is not a success. No DOM, no Node: a web page can use it too.
 */
import type { ValidationIssue } from '../model/validate.js';
import { validateCharter } from '../model/validate.js';
import { csvLines } from './csv.js';
import { docxLines, isDocx } from './docx.js';
import { isHtml, isPdf, isZip } from './formats.js';
import { importLines, type ImportResult } from './import-lines.js';
import { type InputLine, pastedTextLines } from './input-lines.js';
import { bijoyToUnicode, detectLegacyBangla } from './legacy-encoding.js';
import type { UncertainCell } from './pdf.js';

export type ImportFailure =
  | { kind: 'empty' }
  | { kind: 'not-utf8' }
  | { kind: 'unreadable-workbook'; message: string }
  /** A DOCX or PDF that cannot be read (damaged, encrypted). */
  | { kind: 'unreadable-document'; format: 'DOCX' | 'PDF'; message: string }
  /** A PDF with no text on any page: a scan. */
  | { kind: 'scanned-pdf' }
  | { kind: 'legacy-encoding'; sample: string }
  | { kind: 'no-table' }
  /** A services header row, but no service rows read under it. */
  | { kind: 'no-services'; line: number; place?: string }
  /** The table's columns are separated by runs of spaces (text copied from a PDF viewer); `line` is its header row. */
  | { kind: 'space-separated-columns'; line: number }
  /** A table saved one cell per line whose rows do not come out whole; `line` is where it goes wrong. */
  | { kind: 'one-cell-per-line'; line: number; reason: string };

export type ImportOutcome =
  | (ImportResult & { ok: true; issues: ValidationIssue[]; uncertain: UncertainCell[] })
  | { ok: false; failure: ImportFailure };

export interface ImportOptions {
  /** The file's name: `.csv` is read as CSV. */
  fileName?: string;
  /** Convert text in the legacy Bijoy (SutonnyMJ) encoding to Unicode first. */
  fromBijoy?: boolean;
}

/**
 * Reads the file in the form it is in (PDF, DOCX, XLSX, HTML, CSV by its name, else text) and imports it. Cells a
 * reader placed by guess (PDF) are listed as `uncertain`: check them.
 */
export async function importCharter(input: Uint8Array, options: ImportOptions = {}): Promise<ImportOutcome> {
  if (!isPdf(input)) return importFileOf(input, options);
  const { pdfDocument, SCANNED_PDF } = await import('./pdf.js');
  try {
    const { lines, uncertain } = await pdfDocument(input);
    return outcomeOf(lines, false, uncertain);
  } catch (e) {
    const message = (e as Error).message;
    return {
      ok: false,
      failure:
        message === SCANNED_PDF ? { kind: 'scanned-pdf' } : { kind: 'unreadable-document', format: 'PDF', message },
    };
  }
}

// SheetJS and htmlparser2, like pdf.js, are most of the importer's size: loaded only for a workbook or a page.
async function importFileOf(
  input: Uint8Array,
  { fileName = '', fromBijoy = false }: ImportOptions,
): Promise<ImportOutcome> {
  let lines: InputLine[];
  let pastedText = false;
  if (isDocx(input)) {
    try {
      lines = docxLines(input);
    } catch (e) {
      return { ok: false, failure: { kind: 'unreadable-document', format: 'DOCX', message: (e as Error).message } };
    }
  } else if (isZip(input)) {
    const { xlsxLines } = await import('./xlsx.js');
    try {
      lines = xlsxLines(input);
    } catch (e) {
      return { ok: false, failure: { kind: 'unreadable-workbook', message: (e as Error).message } };
    }
  } else {
    let text = decode(input);
    if (text === undefined) {
      // Bijoy text saved by Word as "Plain Text, Windows (Default)" is Windows-1252 bytes, not UTF-8.
      const windows = new TextDecoder('windows-1252').decode(input);
      if (!detectLegacyBangla(windows).legacy) return { ok: false, failure: { kind: 'not-utf8' } };
      text = windows;
    }
    if (!text.trim()) return { ok: false, failure: { kind: 'empty' } };
    if (fromBijoy) text = bijoyToUnicode(text);
    else {
      const legacy = detectLegacyBangla(text);
      if (legacy.legacy) return { ok: false, failure: { kind: 'legacy-encoding', sample: legacy.sample ?? '' } };
    }
    if (/\.csv$/i.test(fileName)) lines = csvLines(text);
    else if (isHtml(text)) lines = (await import('./html.js')).htmlLines(text);
    else {
      const pasted = pastedTextLines(text);
      if (!pasted.ok) {
        const { ok, ...failure } = pasted;
        return { ok, failure };
      }
      lines = pasted.lines;
      pastedText = true;
    }
  }
  return outcomeOf(lines, pastedText, []);
}

function outcomeOf(lines: InputLine[], pastedText: boolean, uncertain: UncertainCell[]): ImportOutcome {
  const result = importLines(lines, { pastedText });
  // Zero services is never a charter, whatever else the file has.
  if (!result.charter.serviceGroups.some((group) => group.services.length)) {
    const header = result.servicesHeader;
    if (!header) return { ok: false, failure: { kind: 'no-table' } };
    return {
      ok: false,
      failure: { kind: 'no-services', line: header.line, ...(header.place ? { place: header.place } : {}) },
    };
  }
  const validation = validateCharter(result.charter);
  return { ok: true, ...result, issues: validation.valid ? [] : validation.issues, uncertain };
}

/** UTF-8 (with or without a BOM), or UTF-16 with its BOM as Word's "Unicode text" saves it; undefined otherwise. */
function decode(bytes: Uint8Array): string | undefined {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : '';
  try {
    return new TextDecoder(utf16 || 'utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/** What a failure means, for a person: what is wrong and what to do. */
export function describeFailure(failure: ImportFailure): string {
  switch (failure.kind) {
    case 'empty':
      return 'the file is empty: copy the charter table from Word, PDF or the portal page into it';
    case 'not-utf8':
      return 'the file is not UTF-8 text: save it again as "UTF-8" (in Word: Save As, Plain Text, Unicode (UTF-8))';
    case 'unreadable-document':
      return `the file looks like a ${failure.format} document but cannot be read (${failure.message}): open it and save it again as ${failure.format}, or save the charter as .docx or .html`;
    case 'scanned-pdf':
      return 'the PDF has no text, only pictures of pages (a scan): import the Word file (DOCX) the PDF was made from, or the charter copied from the portal page; a scan needs its text typed or recognised (OCR) first';
    case 'unreadable-workbook':
      return `the file looks like a zip but is not a readable XLSX workbook (${failure.message}): save it again from Excel as .xlsx, or as .csv`;
    case 'legacy-encoding':
      return `the text is in the old Bijoy/SutonnyMJ encoding, not Unicode ("${failure.sample}"): convert it to Unicode first, or run import with --from-bijoy`;
    case 'no-table':
      return 'no service table found: the file needs the service table with its header row (ক্রমিক নং, সেবার নাম, …) and its rows, cells separated by tabs as Word or a web page copies a table; for a charter copied from a PDF viewer, import the PDF or DOCX file itself';
    case 'no-services':
      return `the service table's header row (${failure.place ?? `line ${failure.line}`}) has no service rows under it that the importer can read: a row starts with its serial and its cells are separated by tabs, as Word or a web page copies a table; if the rows are one cell per line or their columns are separated by spaces, import the DOCX or PDF file itself`;
    case 'space-separated-columns':
      return `the table's columns are separated by runs of spaces, not tabs (line ${failure.line}), as a PDF viewer copies a table: which words belong to which column cannot be told for certain. Import the PDF or DOCX file itself (charter-widgets import charter.pdf), or copy the table from Word or the portal page, which separate cells with tabs, or save it as .csv or .xlsx`;
    case 'one-cell-per-line':
      return `the table has one cell per line and cannot be rebuilt into rows: at line ${failure.line}, ${failure.reason}. Import the DOCX or PDF file itself, or copy the table from Word or the portal page, which put a row on one line with its cells separated by tabs`;
  }
}
