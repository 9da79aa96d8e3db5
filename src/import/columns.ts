/**
 * What a table's header cell means, by its words rather than its position: charters word the same column many ways
 * ("প্রয়োজনীয় কাগজ পত্র ও প্রাপ্তি স্থান", "প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান") and order them differently.
 * No DOM here.
 */
import type { ColumnHeaders } from '../generated/charter-data.js';
import { fold } from '../search/analyzer.js';

/** A column of a services table: the fields the schema keeps column headers for. */
export type ServiceColumn = keyof ColumnHeaders;
export type GrievanceColumn = 'serial' | 'when' | 'whom' | 'address' | 'deadline';
export type ExpectationColumn = 'serial' | 'text';

// Keywords in folded form (fold() makes ী ি, ূ ু, ষ স শ, ণ ন alike), tried in order: the first that fits wins. Each
// keyword is folded once: every cell of every row is asked whether it is a header.
const foldedWords = new Map<string, string>();
const has = (header: string, ...words: string[]) =>
  words.some((word) => {
    let folded = foldedWords.get(word);
    if (folded === undefined) foldedWords.set(word, (folded = fold(word)));
    return header.includes(folded);
  });

// A header cell is a few words; a longer cell (a service's documents, an officer's address) is content, and is not
// folded to find out.
const HEADER_CELL_MAX = 120;

// Each column is known by its Bangla words or by its English ones, as some offices head their tables (fold()
// lowercases): "Sl. No.", "Name of Service", "Required Documents and Where to Get Them", "Responsible Officer (Name,
// Designation, Phone, E-mail)".

/** A serial column's header, in any table: "ক্রমিক নং", "ক্রঃ নং", "নং", "Sl. No.". */
const isSerialHeader = (h: string) =>
  (has(h, 'ক্রমিক', 'ক্রঃ', 'নং') || /^(?:sl|s\.\s*l|serial|no)\b/.test(h)) && h.length < 20;
// What a fee column says: সেবামূল্য, ফি, খরচ.
const FEE = ['মূল্য', 'ফি', 'ফিস', 'খরচ'];

export function serviceColumnOf(header: string): ServiceColumn | undefined {
  if (header.length > HEADER_CELL_MAX) return undefined;
  const h = fold(header);
  if (isSerialHeader(h)) return 'serial';
  if (
    has(h, 'সেবার নাম', 'সেবার বিবরণ') ||
    /\bname of (?:the )?services?\b|\bservices? (?:name|title)\b|^services?$/.test(h)
  )
    return 'name';
  if (has(h, 'ঊর্ধ্বতন', 'উর্ধ্বতন', 'উর্দ্ধতন', 'ঊর্দ্ধতন') || /\b(?:superior|higher|senior)\b/.test(h))
    return 'seniorOfficers';
  if (has(h, 'দায়িত্বপ্রাপ্ত', 'দায়িত্ব প্রাপ্ত') || /\bresponsible\b|\bofficers?\b/.test(h)) return 'officers';
  // "প্রয়োজনীয় কাগজপত্র ও সেবামূল্য": the documents, the fee their last item (import-lines.ts).
  if (has(h, 'কাগজ') && has(h, ...FEE)) return 'documents';
  if (has(h, ...FEE) || /\b(?:fees?|charges?|costs?|price)\b/.test(h)) return 'fee';
  if (has(h, 'সময়') || /\btime\b/.test(h)) return 'timeLimit';
  if (has(h, 'কাগজ')) return has(h, ' ও ', ' এবং ') || !has(h, 'স্থান') ? 'documents' : 'documentsSource';
  if (/\b(?:documents?|papers?)\b/.test(h))
    return / and | & /.test(h) || !/\b(?:where|source|place|location)\b/.test(h) ? 'documents' : 'documentsSource';
  if (has(h, 'প্রাপ্তিস্থান', 'প্রাপ্তির স্থান', 'প্রাপ্তি স্থান') || /\bwhere to get\b|\bsources?\b/.test(h))
    return 'documentsSource';
  if (has(h, 'পদ্ধতি', 'প্রক্রিয়া') || /\b(?:method|process|procedure|delivery)\b/.test(h)) return 'delivery';
  if (has(h, 'শাখা', 'ইউনিট', 'অধিশাখা') || /\b(?:section|unit|branch|desk)\b/.test(h)) return 'unit';
  // Last, as other columns may name an officer too ("… প্রাপ্তিস্থান (যে কর্মকর্তার কাছে)"): "সেবা প্রদানকারী কর্মকর্তা".
  if (has(h, 'কর্মকর্তা', 'অফিসার')) return 'officers';
  return undefined;
}

export function grievanceColumnOf(header: string): GrievanceColumn | undefined {
  if (header.length > HEADER_CELL_MAX) return undefined;
  const h = fold(header);
  if (isSerialHeader(h)) return 'serial';
  if (has(h, 'কখন') || /\bwhen\b/.test(h)) return 'when';
  if (has(h, 'কার সঙ্গে', 'কার সাথে', 'কার কাছে') || /\bwhom\b|\bwho\b/.test(h)) return 'whom';
  // A table may give the phone and e-mail a column of their own, beside the address: both are how to reach the level.
  if (has(h, 'ঠিকানা', 'ফোন', 'মোবাইল', 'ই-মেইল', 'ইমেইল') || /\b(?:address|contact|phone|e-?mail)\b/.test(h))
    return 'address';
  if (has(h, 'নিষ্পত্তি', 'সময়সীমা') || /\b(?:resolution|time|deadline)\b/.test(h)) return 'deadline';
  return undefined;
}

export function expectationColumnOf(header: string): ExpectationColumn | undefined {
  if (header.length > HEADER_CELL_MAX) return undefined;
  const h = fold(header);
  if (isSerialHeader(h)) return 'serial';
  if (has(h, 'করণীয়', 'প্রত্যাশ') || /\bexpect|\bto do\b|\bduties\b/.test(h)) return 'text';
  return undefined;
}

/** The column-number row under a header: (১) (২) … */
export function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell.trim());
  return filled.length >= 2 && filled.every((cell) => /^\(?[০-৯0-9]{1,2}\)?$/.test(cell.trim()));
}
