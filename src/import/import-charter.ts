/**
 * Importing a file as an office has it: plain text copied from Word, PDF or a portal page, CSV, or XLSX, to charter
 * JSON with a report of what to check. Input that cannot be a charter (empty, not UTF-8, legacy Bijoy encoding, no
 * table) is named, never thrown. No DOM, no Node: a web page can use it too.
 */
import type { ValidationIssue } from '../model/validate.js';
import { validateCharter } from '../model/validate.js';
import { csvLines } from './csv.js';
import { importLines, type ImportResult } from './import-lines.js';
import { type InputLine, textLines } from './input-lines.js';
import { bijoyToUnicode, detectLegacyBangla } from './legacy-encoding.js';
import { isXlsx, xlsxLines } from './xlsx.js';

export type ImportFailure =
  | { kind: 'empty' }
  | { kind: 'not-utf8' }
  | { kind: 'unreadable-workbook'; message: string }
  | { kind: 'legacy-encoding'; sample: string }
  | { kind: 'no-table' };

export type ImportOutcome =
  | (ImportResult & { ok: true; issues: ValidationIssue[] })
  | { ok: false; failure: ImportFailure };

export interface ImportOptions {
  /** The file's name: `.csv` is read as CSV. */
  fileName?: string;
  /** Convert text in the legacy Bijoy (SutonnyMJ) encoding to Unicode first. */
  fromBijoy?: boolean;
}

export function importCharter(input: Uint8Array, { fileName = '', fromBijoy = false }: ImportOptions = {}): ImportOutcome {
  let lines: InputLine[];
  if (isXlsx(input)) {
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
    lines = /\.csv$/i.test(fileName) ? csvLines(text) : textLines(text);
  }
  const result = importLines(lines);
  const { serviceGroups, expectations, grievance } = result.charter;
  if (!serviceGroups.some((group) => group.services.length) && !expectations && !grievance)
    return { ok: false, failure: { kind: 'no-table' } };
  const validation = validateCharter(result.charter);
  return { ok: true, ...result, issues: validation.valid ? [] : validation.issues };
}

/** UTF-8 (with or without a BOM), or UTF-16 with its BOM as Word's "Unicode text" saves it; undefined otherwise. */
function decode(bytes: Uint8Array): string | undefined {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : '';
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
    case 'unreadable-workbook':
      return `the file looks like a zip but is not a readable XLSX workbook (${failure.message}): save it again from Excel as .xlsx, or as .csv`;
    case 'legacy-encoding':
      return `the text is in the old Bijoy/SutonnyMJ encoding, not Unicode ("${failure.sample}"): convert it to Unicode first, or run import with --from-bijoy`;
    case 'no-table':
      return 'no service table found: the file needs the table with its header row (ক্রমিক নং, সেবার নাম, …)';
  }
}
