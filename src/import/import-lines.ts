/**
 * The importer's core: lines of a charter as an office has it (text copied from Word, PDF or a portal page, or the
 * rows of a CSV or XLSX file) to charter JSON. Every non-empty cell ends up in the charter verbatim, or is recognized
 * as structure (a section heading, a repeated header row, the column-number row), or is listed in the report with
 * its line: nothing is dropped silently. A table row whose cells do not fit its header row is in the charter as read
 * and listed among the report's problems, so that a wrong charter is never taken for a right one. No DOM here, no
 * Node: a web page can use it too.
 */
import type {
  Charter as CharterData,
  ColumnHeaders,
  Expectations,
  Grievance,
  GrievanceLevel,
  OfficerCell,
  Service,
  ServiceGroup,
} from '../generated/charter-data.js';
import {
  expectationColumnOf,
  grievanceColumnOf,
  isColumnNumberRow,
  serviceColumnOf,
  type ExpectationColumn,
  type GrievanceColumn,
  type ServiceColumn,
} from './columns.js';
import type { InputLine } from './input-lines.js';
import { isOfficer, OfficerRegistry, parseOfficerCell } from './officer-cell.js';
import { FIELD_ORDER, SERVICE_FIELDS, serialNumber } from '../model/service-fields.js';
import { splitParts } from '../model/text-parts.js';
import { parseDate, parseFee, parseTimeLimit } from './parse-values.js';

export interface ReportedLine {
  line: number;
  /** Where the line is in a document without lines of its own (DOCX, PDF, HTML): "table 2, row 5". */
  place?: string;
  text: string;
}

export interface ImportReport {
  /** What the importer could not place, with why: check these and add them by hand. */
  unplaced: (ReportedLine & { reason: string })[];
  /**
   * Table rows whose cells do not fit the header row (too few or too many cells, a serial that is not one or out of
   * order, a fee where the time limit belongs, no service name): the charter has them as read, which is probably
   * wrong. A charter with problems is not a success: fix each row in the file and import again.
   */
  problems: (ReportedLine & { reason: string })[];
  /** Lines read as the charter's structure (headings, header rows, column numbers), not content. */
  structure: ReportedLine[];
}

export interface ImportResult {
  charter: CharterData;
  report: ImportReport;
  /** The first header row of a services table, when there is one: where a table without rows is. */
  servicesHeader?: ReportedLine;
}

export interface ImportLinesOptions {
  /**
   * The lines are text as people paste it, where one table row may run over several lines: Word's plain-text copy
   * of a table breaks a cell's lines (its list items, its paragraphs) into lines of their own. A line that does not
   * start a new row (a serial, then a tab) continues the row before it: its first piece joins the cell the row ended
   * with (with a line break, as the charter shows it) and its other pieces are the row's next cells. Not for rows that
   * already are whole (CSV, XLSX, DOCX, HTML).
   */
  pastedText?: boolean;
}

/** The part of the document the reader is in (the element's sections are charter-view.ts's `Section`). */
type DocumentPart = 'header' | 'vision' | 'mission' | 'services' | 'expectations' | 'grievance';

/** A header row and what it says: the columns by meaning, and how many cells a row of the table has. */
type Table = (
  | { kind: 'services'; columns: (ServiceColumn | undefined)[]; headers: string[] }
  | { kind: 'expectations'; columns: (ExpectationColumn | undefined)[] }
  | { kind: 'grievance'; columns: (GrievanceColumn | undefined)[] }
) & { width: number; at: ReportedLine };

// What numbers a heading or a group: `২.`, `২.১)`, `(ক)`, `খ.`, `II.`, `(iii)`, `B)`. A letter or Roman numeral needs
// its bracket or point, so that a heading's first word is not taken for one.
// A letter followed by a number (`খ.১`, a group of section খ) needs neither.
const MARKER = String.raw`\(?([০-৯0-9]+(?:\.[০-৯0-9]+)*(?=[\s.)])|(?:[ক-হ]|[a-hA-H])\.[০-৯0-9]+|(?:[ক-হ]|[ivxIVX]{1,4}|[a-hA-H])(?=[.)]))[.)]?\s*`;
const NUMBERED = `^(?:${MARKER})?`;
// The same words in English (a charter may head its sections in English over Bangla text), after an English
// translation in brackets: `রূপকল্প (Vision)`.
const VISION_WORD = String.raw`(?:ভিশন|রূপকল্প|vision)(?:\s*\(vision\))?`;
const MISSION_WORD = String.raw`(?:মিশন|অভিলক্ষ্য|mission)(?:\s*\(mission\))?`;
const HEADINGS: [RegExp, DocumentPart | 'vision-and-mission'][] = [
  [new RegExp(`${NUMBERED}${VISION_WORD}\\s*(?:ও|এবং|and|&)\\s*${MISSION_WORD}\\s*[:ঃ]?$`, 'i'), 'vision-and-mission'],
  // Each a section of its own: "১. ভিশন", then its text; "২. মিশন".
  [new RegExp(`${NUMBERED}${VISION_WORD}\\s*[:ঃ]?$`, 'i'), 'vision'],
  [new RegExp(`${NUMBERED}${MISSION_WORD}\\s*[:ঃ]?$`, 'i'), 'mission'],
  [new RegExp(`${NUMBERED}(?:প্রতিশ্রুত\\s*সেবা(?:সমূহ)?|(?:promised\\s+)?services)\\s*[:ঃ]?$`, 'i'), 'services'],
];
const GROUP = new RegExp(
  `${NUMBERED}((?:[^\\s।:ঃ]+\\s+){0,3}সেবা(?:সমূহ)?|(?:citizen|institutional|internal|official|public)\\s+services?)\\s*[:ঃ]?$`,
  'i',
);
const GROUP_IDS: [RegExp, string][] = [
  [/নাগরিক|জনসাধারণ|citizen|public/i, 'citizen'],
  [/প্রাতিষ্ঠানিক|দপ্তরের|institutional/i, 'institutional'],
  [/অভ্যন্তরী|দাপ্তরিক|internal|official/i, 'internal'],
];
// "আপনার কাছে আমাদের প্রত্যাশা", "সেবাগ্রহীতার নিকট আমাদের প্রত্যাশা": whoever it is asked of, up to three words.
const EXPECTATIONS = new RegExp(
  `${NUMBERED}((?:(?:\\S+\\s+){0,3}আমাদের\\s+প্রত্যাশা|(?:our\\s+)?expectations?\\b|what\\s+we\\s+expect\\b).*?)\\s*[:ঃ]?$`,
  'i',
);
const GRIEVANCE = new RegExp(`${NUMBERED}((?:অভিযোগ (?:প্রতিকার|ব্যবস্থাপনা)|grievance redress).*?)\\s*[:ঃ]?$`, 'i');
const VISION = new RegExp(`^${VISION_WORD}\\s*[:ঃ]\\s*(.*)$`, 'i');
const MISSION = new RegExp(`^${MISSION_WORD}\\s*[:ঃ]\\s*(.*)$`, 'i');
const PUBLISHED = /^(?:প্রকাশের তারিখ|প্রকাশকাল|published(?: on)?|date of publication)\s*[:ঃ]\s*(.+)$/i;
const UPDATED =
  /^(?:হালনাগাদের তারিখ|হালনাগাদ|সর্বশেষ হালনাগাদ|(?:last\s+)?updated(?: on)?|date of (?:the )?(?:last )?update)\s*[:ঃ]\s*(.+)$/i;
const TITLE = /চার্টার|সনদ|প্রতিশ্রুতি|citizen'?s? charter/i;
const GOVERNMENT = /গণপ্রজাতন্ত্রী বাংলাদেশ সরকার/;
const WEBSITE = /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;
// "ওয়েবসাইট: www…": the label a letterhead may print before its website.
const WEBSITE_LABEL = new RegExp('^(?:ওয়েবসাইট|ওয়েব|website|web)\\s*[:ঃ]\\s*'.normalize('NFC'), 'i');
// A letterhead's place: an upazila and its district, or a union, upazila and district ("শ্রীপুর, মাগুরা").
const PLACE = /^[^,।:]{2,30}(?:,\s*[^,।:]{2,30}){1,2}[।.]?$/;
// Words of an office's or a department's name, which a place line lacks.
const OFFICE_WORDS = new RegExp(
  'অফিস|কার্যালয়|দপ্তর|দফতর|পরিষদ|পৌরসভা|কমপ্লেক্স|হাসপাতাল|মন্ত্রণালয়|বিভাগ|কমিশন|স্টেশন|কেন্দ্র|office|ministry|department'.normalize(
    'NFC',
  ),
  'i',
);

// The longest cell of a header row's second line: a few words.
const HEADER_PART_MAX = 40;
// A grievance level as a numbered paragraph: its serial, its when in its first sentence ("… সমাধান দিতে না পারলে",
// "অসন্তুষ্ট হলে"), and the rest.
const GRIEVANCE_PARAGRAPH = new RegExp(
  '^([০-৯0-9]{1,2})[.)।]\\s+((?:(?!।).)*?(?:না\\s+পারলে|না\\s+পেলে|অসন্তুষ্ট\\s+হলে))\\s+(\\S.*)$'.normalize('NFC'),
);
// A line of a list: a bullet or a number, then the item.
const LIST_LINE = /^(?:([০-৯0-9]{1,2})[.)।]|[*•●▪‣◦-])\s+(.+)$/;
// A serial as a row starts with it: ১, ০১, 01., ৩।, (৪), ক), ২.৩ (the group's number, then the service's)
const SERIAL = /^\(?(?:[০-৯0-9]{1,3}(?:\.[০-৯0-9]{1,3})?|[ক-হ])\)?[.)।:]?$/;
// Words that tell a fee from a time limit (NFC).
const MONEY = /টাকা|\/-|৳|বিনা\s*মূল্য/;
const FEE_WORDS = /টাকা|\/-|৳|মূল্য|ফি|চার্জ|ভ্যাট|%|হার|খরচ/;
const TIME_WORDS = new RegExp('দিন|দিবস|ঘণ্টা|ঘন্টা|মিনিট|সপ্তাহ|মাস|বছর|তাৎক্ষ|সময়|তারিখ|অবিলম্বে'.normalize('NFC'));
const DAYS = /দিন|দিবস|ঘণ্টা|ঘন্টা|তাৎক্ষ/;
// The last item of a documents cell when it is the fee: a fee label and a colon, and the rest of the cell.
const FEE_ITEM = new RegExp(
  '(^|[;\\n]\\s*|\\s)(?:সেবা\\s*মূল্য|সেবার\\s*মূল্য|ফি|ফিস|service\\s+fees?|fees?)\\s*[:ঃ]\\s*([^;\\n]+?)\\s*$'.normalize(
    'NFC',
  ),
  'i',
);

/** What a line of text (one filled cell) is: a heading of some kind, or content of the section it is in. */
type TextLine =
  | { kind: 'section'; section: DocumentPart }
  | { kind: 'group'; serial?: string; heading: string }
  | { kind: 'expectations' | 'grievance'; heading: string }
  | { kind: 'vision' | 'mission'; text: string }
  | { kind: 'published' | 'updated'; date: string }
  | { kind: 'content' };

/** The line classifier: what a line of text is, by the first of the charter's headings it reads as. */
function classifyText(text: string): TextLine {
  const heading = HEADINGS.find(([pattern]) => pattern.test(text));
  if (heading) return { kind: 'section', section: heading[1] === 'vision-and-mission' ? 'vision' : heading[1] };
  const group = GROUP.exec(text);
  if (group) return { kind: 'group', ...(group[1] ? { serial: group[1] } : {}), heading: group[2].trim() };
  for (const [kind, pattern] of [
    ['expectations', EXPECTATIONS],
    ['grievance', GRIEVANCE],
  ] as const) {
    const match = pattern.exec(text);
    if (match) return { kind, heading: match[2] };
  }
  for (const [kind, pattern] of [
    ['vision', VISION],
    ['mission', MISSION],
  ] as const) {
    const match = pattern.exec(text);
    if (match) return { kind, text: match[1] };
  }
  for (const [kind, pattern] of [
    ['published', PUBLISHED],
    ['updated', UPDATED],
  ] as const) {
    const match = pattern.exec(text);
    if (match) return { kind, date: match[1] };
  }
  return { kind: 'content' };
}

/** A line of text that is one of the charter's headings: a section, a service group, vision, mission, a date. */
function isHeadingText(text: string): boolean {
  return classifyText(text).kind !== 'content';
}

/** Where a reported line is, as a person reads it: "line 12", or the place in a document without lines. */
function whereIs({ line, place }: { line: number; place?: string }): string {
  return place ?? `line ${line}`;
}

/** A charter's lines, in order, to charter JSON and the report of what was read how. */
export function importLines(lines: InputLine[], { pastedText = false }: ImportLinesOptions = {}): ImportResult {
  const reader = new CharterReader();
  if (pastedText) readPastedText(lines, reader);
  else for (const line of lines) reader.read(line);
  return reader.result();
}

const at = ({ line, place }: InputLine) => (place ? { line, place } : { line });
const appendText = (previous: string | undefined, text: string) => (previous ? `${previous}\n${text}` : text);

/** Reads a charter's lines in order, a line at a time: the section and table it is in, and the charter so far. */
class CharterReader {
  readonly report: ImportReport = { unplaced: [], problems: [], structure: [] };
  section: DocumentPart = 'header';
  /** The header row of the table the lines are in. */
  table: Table | undefined;
  private readonly officers = new OfficerRegistry();
  private readonly groups: ServiceGroup[] = [];
  private readonly headerLines: ReportedLine[] = [];
  private readonly charter: Partial<CharterData> = {};
  /** The number of the last numbered service of each group, to find serials out of order. */
  private readonly lastSerial = new Map<ServiceGroup, number>();
  private group: ServiceGroup | undefined;
  private servicesHeader: ReportedLine | undefined;
  /** The row that began the last service, while the next line may still continue it (see continueService). */
  private serviceRow: string[] | undefined;
  /** A services table's header row, while the next line may still continue it (see continueHeader). */
  private headerCells: string[] | undefined;
  /** Expectations written as a list: its text so far and the first of its items. */
  private expectationList: { text: string; from: number } | undefined;

  read(line: InputLine): void {
    const cells = line.cells.map((cell) => cell.trim());
    const filled = cells.filter(Boolean);
    if (!filled.length) return;
    if (this.continueHeader(line, cells) || this.continueService(line, cells)) return;
    this.serviceRow = undefined;
    this.headerCells = undefined;
    // One filled cell is a line of text, also when a spreadsheet pads it with empty cells.
    if (filled.length === 1) this.readText(line, filled[0]);
    else this.readRow(line, cells);
  }

  /**
   * A header row whose cells wrap onto the next line ("সেবা প্রদানের" over "সময়সীমা", as a two-line header copies):
   * a row right after it, of no serial, whose cells complete what a header cell says (the column it names changes).
   */
  private continueHeader(line: InputLine, cells: string[]): boolean {
    const { table, headerCells, group } = this;
    if (table?.kind !== 'services' || !headerCells || !group || isColumnNumberRow(cells)) return false;
    if (cells[table.columns.indexOf('serial')] || cells.some((cell) => cell.length > HEADER_PART_MAX)) return false;
    const joined = joinedCells(headerCells, cells, () => ' ');
    const header = headerRow(joined, this.section, table.at);
    if (header?.kind !== 'services' || header.columns.every((column, i) => column === table.columns[i])) return false;
    this.structure(line, cells.join('\t'));
    this.table = header;
    this.headerCells = undefined;
    if (!group.services.length) group.headers = columnHeaders(header, joined);
    return true;
  }

  /**
   * A row of no serial right after a service's row, in a table whose rows have serials, is the rest of that row: a
   * row split over two lines, as a PDF's page or a narrow column breaks it (`\tঘোষণাপত্র দলিল রেজিস্ট্রেশন\t\t`).
   * Its cells join the service's: the name with a space, the other cells on a line of their own.
   */
  private continueService(line: InputLine, cells: string[]): boolean {
    const { table, serviceRow, group } = this;
    if (table?.kind !== 'services' || !serviceRow || !group || cells.length < 2 || isColumnNumberRow(cells))
      return false;
    const serialAt = table.columns.indexOf('serial');
    if (serialAt < 0 || cells[serialAt] || cells.slice(table.width).some(Boolean)) return false;
    const nameAt = table.columns.indexOf('name');
    const joined = joinedCells(serviceRow, cells, (i) => (i === nameAt ? ' ' : '\n'));
    const replaced = group.services.pop()!;
    serviceIds.get(group)?.delete(replaced.id);
    this.serviceRow = joined;
    this.structure(line, cells.join('\t'));
    const found = addService(joined, table, group, this.officers);
    if (found.length) this.report.problems.push({ ...at(line), text: joined.join('\t'), reason: found.join('; ') });
    return true;
  }

  result(): ImportResult {
    const { charter, report, servicesHeader } = this;
    const office = officeFrom(this.headerLines, charter, (reported, reason) =>
      report.unplaced.push({ ...reported, reason }),
    );
    const result: CharterData = {
      formatVersion: 1,
      office,
      ...(charter.title ? { title: charter.title } : {}),
      ...(charter.published ? { published: charter.published } : {}),
      ...(charter.updated ? { updated: charter.updated } : {}),
      ...(charter.vision ? { vision: charter.vision } : {}),
      ...(charter.mission ? { mission: charter.mission } : {}),
      ...(this.officers.officers.length ? { officers: this.officers.officers } : {}),
      serviceGroups: this.groups,
      ...(charter.expectations ? { expectations: charter.expectations } : {}),
      ...(charter.grievance ? { grievance: charter.grievance } : {}),
    };
    return { charter: result, report, ...(servicesHeader ? { servicesHeader } : {}) };
  }

  private readText(line: InputLine, text: string): void {
    const { charter } = this;
    const read = classifyText(text);
    // A group heading is one only among the services (or before any section: a spreadsheet's first line).
    const kind =
      read.kind === 'group' && this.section !== 'services' && this.section !== 'header' ? 'content' : read.kind;
    if (kind === 'content') return this.readContent(line, text);
    this.expectationList = undefined;
    this.structure(line, text);
    if (read.kind === 'section') {
      this.section = read.section;
      this.table = undefined;
    } else if (read.kind === 'group') {
      this.section = 'services';
      // A spreadsheet may put its header row above the first group: the groups share that table, and the
      // ungrouped list the header row began is dropped while it is still empty.
      const previous = this.group;
      this.group = this.newGroup(read.serial, read.heading);
      if (previous && !previous.heading && !previous.services.length)
        this.groups.splice(this.groups.indexOf(previous), 1);
    } else if (read.kind === 'expectations') {
      this.section = 'expectations';
      this.table = undefined;
      charter.expectations ??= { heading: read.heading, items: [] };
    } else if (read.kind === 'grievance') {
      this.section = 'grievance';
      this.table = undefined;
      charter.grievance ??= { heading: read.heading, levels: [] };
    } else if (read.kind === 'vision' || read.kind === 'mission') {
      this.section = read.kind;
      if (read.text) charter[read.kind] = read.text;
    } else if (read.kind === 'published' || read.kind === 'updated') charter[read.kind] = parseDate(read.date);
  }

  /** A line of text that is no heading: the section it is in takes it, or it is reported. */
  private readContent(line: InputLine, text: string): void {
    const { charter, section } = this;
    if (section === 'header') this.headerLines.push({ ...at(line), text });
    else if (section === 'vision' && !charter.mission) charter.vision = appendText(charter.vision as string, text);
    else if (section === 'mission') charter.mission = appendText(charter.mission as string, text);
    else if (section === 'grievance' && !this.table && charter.grievance) {
      const level = grievanceLevelOf(text, this.officers);
      if (level) {
        charter.grievance.levels.push(level);
        this.structure(line, text);
      } else charter.grievance.intro = appendText(charter.grievance.intro as string, text);
    } else if (
      section === 'expectations' &&
      !this.table &&
      charter.expectations &&
      (LIST_LINE.test(text) || this.expectationList)
    ) {
      // Expectations as a list, not a table: "* …", "১. …", a line each or one paragraph ("১) … ২) …") that may
      // wrap over lines (a PDF's): its lines so far, split into items again with each line.
      const list = (this.expectationList ??= { text: '', from: charter.expectations.items.length });
      list.text = list.text ? `${list.text} ${text}` : text;
      charter.expectations.items.splice(list.from);
      for (const part of splitParts(list.text) ?? [list.text]) {
        const [, serial, item] = LIST_LINE.exec(part) ?? [undefined, undefined, part];
        charter.expectations.items.push({ ...(serial ? { serial } : {}), text: item });
      }
      this.structure(line, text);
    } else this.unplaced(line, text, 'a line of text outside any section the importer knows');
  }

  private readRow(line: InputLine, cells: string[]): void {
    this.expectationList = undefined;
    if (isColumnNumberRow(cells)) return this.structure(line, cells.join('\t'));
    const header = headerRow(cells, this.section, at(line));
    if (header) return this.startTable(line, cells, header);
    if (this.section === 'header') return this.unplaced(line, cells.join('\t'), 'a table row before any header row');
    const { table } = this;
    if (!table)
      return this.unplaced(line, cells.join('\t'), 'a table row without a header row the importer understands');
    const reasons: (string | undefined)[] = [countProblem(cells, table)];
    if (table.kind === 'services') {
      // A services header row always has a group (startTable).
      const group = this.group!;
      const serial = cells[table.columns.indexOf('serial')] || undefined;
      reasons.push(this.serialProblem(group, serial), ...addService(cells, table, group, this.officers));
      // A numbered row that fits its table may go on in the next line.
      if (serial && reasons.every((reason) => !reason)) this.serviceRow = cells;
    } else if (table.kind === 'expectations')
      reasons.push(addExpectation(cells, table.columns, this.charter.expectations!));
    else reasons.push(addGrievanceLevel(cells, table.columns, this.charter.grievance!, this.officers));
    // A cell under a header cell the importer does not know (a services table keeps those as extra columns).
    cells.forEach((cell, i) => {
      if (cell && i < table.width && !table.columns[i] && !(table.kind === 'services' && table.headers[i]))
        this.unplaced(line, cell, 'a cell in a column whose header the importer does not know');
    });
    const found = reasons.filter((reason): reason is string => !!reason);
    if (found.length) this.report.problems.push({ ...at(line), text: cells.join('\t'), reason: found.join('; ') });
  }

  /** A header row: the table it starts, in the section it belongs to. */
  private startTable(line: InputLine, cells: string[], header: Table): void {
    const { charter } = this;
    this.structure(line, cells.join('\t'));
    if (header.kind === 'services') {
      this.section = 'services';
      this.servicesHeader ??= header.at;
      this.group ??= this.newGroup(undefined, undefined);
      if (!this.group.services.length) this.group.headers = columnHeaders(header, cells);
      this.headerCells = cells;
    } else if (header.kind === 'expectations') {
      charter.expectations ??= { items: [] };
      charter.expectations.headers ??= headersOf(header.columns, cells);
      this.section = 'expectations';
    } else {
      charter.grievance ??= { levels: [] };
      charter.grievance.headers ??= headersOf(header.columns, cells);
      this.section = 'grievance';
    }
    this.table = header;
  }

  private newGroup(serial: string | undefined, heading: string | undefined): ServiceGroup {
    const base =
      GROUP_IDS.find(([pattern]) => heading && pattern.test(heading))?.[1] ?? (heading ? 'group' : 'services');
    const id = uniqueId(base, new Set(this.groups.map((g) => g.id)), base === 'group');
    const created: ServiceGroup = { id, ...(serial ? { serial } : {}), ...(heading ? { heading } : {}), services: [] };
    this.groups.push(created);
    return created;
  }

  /** The serial a service of `current` should have next: one more than the last, or 1 or the last group's next. */
  private serialProblem(current: ServiceGroup, serial: string | undefined): string | undefined {
    if (!serial) return undefined;
    if (!SERIAL.test(serial))
      return `the serial column holds "${shorten(serial)}", which is not a serial: the row's cells are in the wrong columns`;
    const number = serialNumber(serial);
    if (number === undefined) return undefined;
    const { groups, lastSerial } = this;
    const last = lastSerial.get(current);
    const before = groups
      .slice(0, groups.indexOf(current))
      .reverse()
      .find((g) => lastSerial.has(g));
    const expected = last !== undefined ? [last + 1] : [1, ...(before ? [lastSerial.get(before)! + 1] : [])];
    lastSerial.set(current, number);
    if (expected.includes(number)) return undefined;
    return `serial ${serial} where ${expected.join(' or ')} comes next: a row is missing, repeated or split in two`;
  }

  private unplaced(line: InputLine, text: string, reason: string): void {
    this.report.unplaced.push({ ...at(line), text, reason });
  }

  private structure(line: InputLine, text: string): void {
    this.report.structure.push({ ...at(line), text });
  }
}

/** One row's cells from two lines, cell by cell: a cell filled in both is the two joined with `separator(i)`. */
function joinedCells(above: string[], below: string[], separator: (column: number) => string): string[] {
  return Array.from({ length: Math.max(above.length, below.length) }, (_, i) =>
    [above[i], below[i]].filter(Boolean).join(separator(i)),
  );
}

/** Whether a row's cells fit its table's header row: how many cells it has against the header's columns. */
function countProblem(cells: string[], header: Table): string | undefined {
  const beyond = cells.slice(header.width).some(Boolean);
  if (!beyond && cells.length >= header.width) return undefined;
  const count = beyond ? cells.length - [...cells].reverse().findIndex(Boolean) : cells.length;
  const sizes = `${count} cells where the header row (${whereIs(header.at)}) has ${header.width}`;
  return beyond
    ? `more cells than the header row has columns (${sizes}): a cell was split in two or the cells are in the wrong columns`
    : `fewer cells than the header row has columns (${sizes}): a cell was lost in copying, so the cells after it are in the wrong columns`;
}

/**
 * Text as people paste it (ImportLinesOptions.pastedText): joins the lines a table row runs over into one row, and
 * gives the reader whole rows and lines of text.
 */
function readPastedText(lines: InputLine[], reader: CharterReader): void {
  // A row (or a header row) is held until the lines after it show whether it goes on.
  let held: { line: InputLine; cells: string[]; header: boolean } | undefined;
  // Whether rows have run over several lines so far: then a line after a whole row continues its last cell.
  let wrapping = false;
  const startsRow = (cells: string[]) => cells.length >= 2 && SERIAL.test(cells[0]);
  const isHeadingLine = (cells: string[]) => {
    const filled = cells.filter(Boolean);
    return filled.length === 1 && isHeadingText(filled[0]);
  };
  const neverInRow = (cells: string[]) =>
    isColumnNumberRow(cells) || startsRow(cells) || !!headerRow(cells, reader.section) || isHeadingLine(cells);
  // Lines of text between one row and the next row of the same table belong to the first.
  const rowFollows = (from: number) => {
    for (let i = from; i < lines.length; i++) {
      const cells = lines[i].cells.map((cell) => cell.trim());
      if (cells.length === 1 && cells[0] && !isHeadingLine(cells)) continue;
      return startsRow(cells) && !isColumnNumberRow(cells);
    }
    return false;
  };
  const goesOn = (row: NonNullable<typeof held>, cells: string[], index: number): boolean | 'skip' => {
    const blank = !cells.some(Boolean);
    // A header cell's words may wrap too; a row of content has digits somewhere (serial, fee, days, phone). A line as
    // wide as the header row is a line of its cells, each under its own (CharterReader.continueHeader).
    if (row.header)
      return (
        !blank && !neverInRow(cells) && !cells.some((cell) => /[০-৯0-9]/.test(cell)) && cells.length < row.cells.length
      );
    const short = row.cells.length < reader.table!.width;
    if (blank) return short ? 'skip' : false;
    if (neverInRow(cells)) return false;
    return short || (cells.length === 1 && (wrapping || rowFollows(index)));
  };
  const release = () => {
    if (held) reader.read({ ...held.line, cells: held.cells });
    held = undefined;
  };
  lines.forEach((line, index) => {
    const cells = line.cells.map((cell) => cell.trim());
    if (held) {
      const next = goesOn(held, cells, index);
      if (next === 'skip') return;
      if (next) {
        if (!held.header) wrapping = true;
        const last = held.cells.length - 1;
        held.cells[last] = [held.cells[last], cells[0]].filter(Boolean).join('\n');
        held.cells.push(...cells.slice(1));
        return;
      }
      release();
    }
    const filled = cells.filter(Boolean).length;
    if (cells.length >= 2 && filled && !isColumnNumberRow(cells)) {
      const header = !!headerRow(cells, reader.section);
      if (header || (reader.table && (filled >= 2 || startsRow(cells)))) {
        held = { line, cells, header };
        return;
      }
    }
    reader.read(line);
  });
  release();
}

/**
 * A grievance level written as a numbered paragraph, not a table row: "২. অভিযোগ নিষ্পত্তি কর্মকর্তা নির্দিষ্ট সময়ে
 * সমাধান দিতে না পারলে আপিল কর্মকর্তা, … -এর নিকট আপিল করুন (ফোন: …, ই-মেইল: …)। আপিল ২০ কার্যদিবসের মধ্যে
 * নিষ্পত্তি করা হবে।": when (up to its "… না পারলে"), whom (the rest of that sentence), the contacts in its brackets
 * as the address (else the sentence), and the sentence with its days as the deadline. Undefined for any other line.
 */
function grievanceLevelOf(paragraph: string, officers: OfficerRegistry): GrievanceLevel | undefined {
  const match = GRIEVANCE_PARAGRAPH.exec(paragraph.normalize('NFC'));
  if (!match) return undefined;
  const [, serial, when, text] = match;
  const [first, ...after] = text.split(/।\s*/).filter(Boolean);
  const rest = first.trim();
  const bracket = /\(([^()]*)\)\s*$/.exec(rest);
  const whom = (bracket ? rest.slice(0, bracket.index) : rest).trim() || rest;
  const addressText = bracket ? bracket[1].trim() : rest;
  const parts = parseOfficerCell(addressText);
  const address: GrievanceLevel['address'] = { text: addressText };
  if (isOfficer(parts)) address.officers = [officers.add(parts)];
  else if (parts.website) address.website = parts.website;
  const deadline = after.find((sentence) => DAYS.test(sentence));
  return {
    serial,
    when,
    whom,
    address,
    ...(deadline ? { deadline: parseTimeLimit(`${deadline}।`) } : {}),
  };
}

/** A cell's text cut for a message. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** The header lines above the first section: government, department, office, place, website and title. */
function officeFrom(
  lines: ReportedLine[],
  charter: Partial<CharterData>,
  unplaced: (line: ReportedLine, reason: string) => void,
): CharterData['office'] {
  const office: Partial<CharterData['office']> = {};
  const rest: ReportedLine[] = [];
  for (const line of lines) {
    const website = line.text.normalize('NFC').replace(WEBSITE_LABEL, '');
    if (!office.government && GOVERNMENT.test(line.text)) office.government = line.text;
    else if (!office.website && WEBSITE.test(website)) office.website = website;
    else if (!charter.title && TITLE.test(line.text)) charter.title = line.text;
    else rest.push(line);
  }
  // Department, office and place, in that order; a charter that prints fewer starts from the office. Where the place
  // is known by its look ("কালুখালী, রাজবাড়ী"), the office is the line above it and every line above that (a ministry,
  // then a directorate) is the department.
  const place = rest.findIndex(
    (line, i) => i > 0 && PLACE.test(line.text) && !OFFICE_WORDS.test(line.text.normalize('NFC')),
  );
  const [departments, name, location, more] =
    place > 0
      ? [rest.slice(0, place - 1), rest[place - 1], rest[place], rest.slice(place + 1)]
      : rest.length >= 3
        ? [rest.slice(0, 1), rest[1], rest[2], rest.slice(3)]
        : [[], rest[0], rest[1], []];
  if (departments.length) office.department = departments.map((line) => line.text).join('\n');
  if (name) office.name = name.text;
  if (location) office.location = location.text;
  for (const line of more) if (line) unplaced(line, 'a header line after the department, office and place');
  return office as CharterData['office'];
}

function headerRow(
  cells: string[],
  section: DocumentPart,
  at: ReportedLine | { line: number } = { line: 0 },
): Table | undefined {
  const width = cells.length - [...cells].reverse().findIndex(Boolean);
  // Made only for a header: every line of a document is asked.
  const where = () => ({ ...at, text: cells.join('\t') });
  const services = cells.map((cell) => (cell ? serviceColumnOf(cell) : undefined));
  // The name and a serial column, or, a table of no serial column, the name and two more.
  const others = new Set(services.filter((column) => column && column !== 'name' && column !== 'serial'));
  if (services.includes('name') && (services.includes('serial') || others.size >= 2))
    return { kind: 'services', columns: services, headers: cells, width, at: where() };
  const grievance = cells.map((cell) => (cell ? grievanceColumnOf(cell) : undefined));
  if (grievance.includes('when') && grievance.includes('whom'))
    return { kind: 'grievance', columns: grievance, width, at: where() };
  const expectations = cells.map((cell) => (cell ? expectationColumnOf(cell) : undefined));
  if (section === 'expectations' && expectations.includes('text'))
    return { kind: 'expectations', columns: expectations, width, at: where() };
  return undefined;
}

function columnHeaders(table: Extract<Table, { kind: 'services' }>, cells: string[]): ColumnHeaders {
  const headers: ColumnHeaders = {};
  table.columns.forEach((column, i) => {
    if (column && cells[i] && !headers[column]) headers[column] = cells[i];
  });
  return headers;
}

/** The header cells of an expectations or grievance table, by the column each names. */
function headersOf<Column extends string>(
  columns: (Column | undefined)[],
  cells: string[],
): Partial<Record<Column, string>> {
  return Object.fromEntries(
    columns.flatMap((column, i) => (column && cells[i] ? [[column, cells[i]]] : [])),
  ) as Partial<Record<Column, string>>;
}

// The service ids of each group so far: a new id is checked against them in constant time, not by a pass over the
// group (27,000 rows took minutes).
const serviceIds = new WeakMap<ServiceGroup, Set<string>>();

/** Adds the row's service to the group; says what in the row does not fit its columns. */
function addService(
  cells: string[],
  table: Extract<Table, { kind: 'services' }>,
  group: ServiceGroup,
  officers: OfficerRegistry,
): string[] {
  const at = (column: ServiceColumn) => cells[table.columns.indexOf(column)] || undefined;
  const serial = at('serial');
  const name = at('name');
  if (!name) return ['a row without a service name: the name cell is empty or the cells are in the wrong columns'];
  const problems: string[] = [];
  const number = serial ? serialNumber(serial) : undefined;
  let taken = serviceIds.get(group);
  if (!taken) serviceIds.set(group, (taken = new Set(group.services.map((s) => s.id))));
  const id = uniqueId(`${group.id}-${number ?? group.services.length + 1}`, taken, false);
  taken.add(id);
  const service: Service = { id, serial: serial ?? String(group.services.length + 1), name };
  group.headers ??= columnHeaders(table, table.headers);
  if (/^\(?[০-৯0-9]{1,3}\)?[.)।:]?$/.test(name))
    problems.push(`the service-name column holds "${name}", a serial: the row's cells are in the wrong columns`);
  const officerCell = (text: string): OfficerCell => {
    const parts = parseOfficerCell(text);
    return isOfficer(parts) ? { text, officers: [officers.add(parts)] } : { text };
  };
  for (const field of FIELD_ORDER) {
    const text = at(field);
    if (!text) continue;
    const kind = SERVICE_FIELDS[field];
    const plain = text.normalize('NFC');
    if (kind === 'fee') {
      service.fee = parseFee(text);
      if (DAYS.test(plain) && !FEE_WORDS.test(plain))
        problems.push(
          `the fee column holds "${shorten(text)}", which reads as a time limit: the row's cells are in the wrong columns`,
        );
    } else if (kind === 'timeLimit') {
      service.timeLimit = parseTimeLimit(text);
      if (MONEY.test(plain) && !TIME_WORDS.test(plain))
        problems.push(
          `the time-limit column holds "${shorten(text)}", which reads as a fee: the row's cells are in the wrong columns`,
        );
    } else if (kind === 'officers') service[field as 'officers' | 'seniorOfficers'] = officerCell(text);
    else service[field as 'delivery'] = text;
  }
  // A table of no fee column may end a service's documents with its fee ("…; সেবামূল্য: বিনামূল্যে", under "প্রয়োজনীয়
  // কাগজপত্র ও সেবামূল্য"): that item is the fee.
  const fee = !service.fee && service.documents ? FEE_ITEM.exec(service.documents as string) : null;
  if (fee) {
    service.fee = parseFee(fee[2]);
    const documents = (service.documents as string).slice(0, fee.index) + fee[1];
    if (documents.trim()) service.documents = documents.replace(/[;,\s]+$/, '');
    else delete service.documents;
  }
  cells.forEach((cell, i) => {
    const heading = table.headers[i];
    if (cell && !table.columns[i] && heading) (service.extra ??= []).push({ heading, text: cell });
  });
  group.services.push(service);
  return problems;
}

function addExpectation(
  cells: string[],
  columns: (ExpectationColumn | undefined)[],
  expectations: Expectations,
): string | undefined {
  const text = cells[columns.indexOf('text')];
  if (!text) return 'an expectation without its text: the text cell is empty or the cells are in the wrong columns';
  const serial = cells[columns.indexOf('serial')];
  expectations.items.push({ ...(serial ? { serial } : {}), text });
  return undefined;
}

function addGrievanceLevel(
  cells: string[],
  columns: (GrievanceColumn | undefined)[],
  grievance: Grievance,
  officers: OfficerRegistry,
): string | undefined {
  const at = (column: GrievanceColumn) => cells[columns.indexOf(column)] || undefined;
  const when = at('when');
  const whom = at('whom');
  // The address, and the phone and e-mail where they have a column of their own, one line each.
  const addressText = cells.filter((cell, i) => cell && columns[i] === 'address').join('\n') || undefined;
  if (!when || !whom || !addressText)
    return 'a grievance row without when, whom or address: a cell is empty or the cells are in the wrong columns';
  const parts = parseOfficerCell(addressText);
  const address: GrievanceLevel['address'] = { text: addressText };
  if (isOfficer(parts)) address.officers = [officers.add(parts)];
  else if (parts.website) address.website = parts.website;
  const serial = at('serial');
  const deadline = at('deadline');
  grievance.levels.push({
    ...(serial ? { serial } : {}),
    when,
    whom,
    address,
    ...(deadline ? { deadline: parseTimeLimit(deadline) } : {}),
  });
  return undefined;
}

/** `base`, or `base-2`, `base-3` … when taken; `numbered` ids always carry a number. */
function uniqueId(base: string, taken: ReadonlySet<string>, numbered: boolean): string {
  if (!numbered && !taken.has(base)) return base;
  for (let n = numbered ? 1 : 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
