/**
 * The importer's core: lines of a charter as an office has it (text copied from Word, PDF or a portal page, or the
 * rows of a CSV or XLSX file) to charter JSON. Every non-empty cell ends up in the charter verbatim, or is recognized
 * as structure (a section heading, a repeated header row, the column-number row), or is listed in the report with
 * its line: nothing is dropped silently. No DOM here, no Node: a web page can use it too.
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
import { toAsciiDigits } from '../model/text.js';
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
  /** Lines read as the charter's structure (headings, header rows, column numbers), not content. */
  structure: ReportedLine[];
}

export interface ImportResult {
  charter: CharterData;
  report: ImportReport;
}

type Section = 'header' | 'vision' | 'mission' | 'services' | 'expectations' | 'grievance';

type Table =
  | { kind: 'services'; columns: (ServiceColumn | undefined)[]; headers: string[] }
  | { kind: 'expectations'; columns: (ExpectationColumn | undefined)[] }
  | { kind: 'grievance'; columns: (GrievanceColumn | undefined)[] };

const NUMBERED = String.raw`^(?:[০-৯0-9]+(?:\.[০-৯0-9]+)*[.)]?\s*)?`;
const HEADINGS: [RegExp, Section | 'vision-and-mission'][] = [
  [new RegExp(`${NUMBERED}ভিশন\\s*ও\\s*মিশন\\s*[:ঃ]?$`), 'vision-and-mission'],
  [new RegExp(`${NUMBERED}প্রতিশ্রুত\\s*সেবা(সমূহ)?\\s*[:ঃ]?$`), 'services'],
];
const GROUP = /^(?:([০-৯0-9]+(?:\.[০-৯0-9]+)*|[ক-হ])[.)]?\s*)?((?:নাগরিক|প্রাতিষ্ঠানিক|অভ্যন্তরীণ|অভ্যন্তরীন|দাপ্তরিক)?\s*সেবা)\s*[:ঃ]?$/;
const GROUP_IDS: [RegExp, string][] = [
  [/নাগরিক/, 'citizen'],
  [/প্রাতিষ্ঠানিক/, 'institutional'],
  [/অভ্যন্তরী/, 'internal'],
];
const EXPECTATIONS = new RegExp(`${NUMBERED}(আপনার (কাছে|নিকট) আমাদের প্রত্যাশা.*?)\\s*[:ঃ]?$`);
const GRIEVANCE = new RegExp(`${NUMBERED}(অভিযোগ (প্রতিকার|ব্যবস্থাপনা).*?)\\s*[:ঃ]?$`);
const VISION = /^(ভিশন|রূপকল্প)\s*[:ঃ]\s*(.*)$/;
const MISSION = /^(মিশন|অভিলক্ষ্য)\s*[:ঃ]\s*(.*)$/;
const PUBLISHED = /^(প্রকাশের তারিখ|প্রকাশকাল)\s*[:ঃ]\s*(.+)$/;
const UPDATED = /^(হালনাগাদের তারিখ|হালনাগাদ|সর্বশেষ হালনাগাদ)\s*[:ঃ]\s*(.+)$/;
const TITLE = /চার্টার|সনদ|প্রতিশ্রুতি/;
const GOVERNMENT = /গণপ্রজাতন্ত্রী বাংলাদেশ সরকার/;
const WEBSITE = /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

export function importLines(lines: InputLine[]): ImportResult {
  const report: ImportReport = { unplaced: [], structure: [] };
  const officers = new OfficerRegistry();
  const groups: ServiceGroup[] = [];
  const headerLines: ReportedLine[] = [];
  const charter: Partial<CharterData> = {};
  let section: Section = 'header';
  let table: Table | undefined;
  let group: ServiceGroup | undefined;

  const at = ({ line, place }: InputLine) => (place ? { line, place } : { line });
  const unplaced = (line: InputLine, text: string, reason: string) => report.unplaced.push({ ...at(line), text, reason });
  const structure = (line: InputLine, text: string) => report.structure.push({ ...at(line), text });
  const appendText = (previous: string | undefined, text: string) => (previous ? `${previous}\n${text}` : text);

  const newGroup = (serial: string | undefined, heading: string | undefined): ServiceGroup => {
    const base = GROUP_IDS.find(([pattern]) => heading && pattern.test(heading))?.[1] ?? (heading ? 'group' : 'services');
    const id = uniqueId(base, groups.map((g) => g.id), base === 'group');
    const created: ServiceGroup = { id, ...(serial ? { serial } : {}), ...(heading ? { heading } : {}), services: [] };
    groups.push(created);
    return created;
  };

  for (const line of lines) {
    const cells = line.cells.map((cell) => cell.trim());
    const filled = cells.filter(Boolean);
    if (!filled.length) continue;

    // One filled cell is a line of text, also when a spreadsheet pads it with empty cells.
    if (filled.length === 1) {
      const text = filled[0];
      const heading = HEADINGS.find(([pattern]) => pattern.test(text));
      const groupMatch = GROUP.exec(text);
      const expectations = EXPECTATIONS.exec(text);
      const grievance = GRIEVANCE.exec(text);
      const vision = VISION.exec(text);
      const mission = MISSION.exec(text);
      const published = PUBLISHED.exec(text);
      const updated = UPDATED.exec(text);
      if (heading) {
        section = heading[1] === 'vision-and-mission' ? 'vision' : heading[1];
        table = undefined;
        structure(line, text);
      } else if (groupMatch && (section === 'services' || section === 'header')) {
        section = 'services';
        // A spreadsheet may put its header row above the first group: the groups share that table, and the
        // ungrouped list the header row began is dropped while it is still empty.
        const previous = group;
        group = newGroup(groupMatch[1], groupMatch[2].trim());
        if (previous && !previous.heading && !previous.services.length) groups.splice(groups.indexOf(previous), 1);
        structure(line, text);
      } else if (expectations) {
        section = 'expectations';
        table = undefined;
        charter.expectations ??= { heading: expectations[1], items: [] };
        structure(line, text);
      } else if (grievance) {
        section = 'grievance';
        table = undefined;
        charter.grievance ??= { heading: grievance[1], levels: [] };
        structure(line, text);
      } else if (vision) {
        section = 'vision';
        if (vision[2]) charter.vision = vision[2];
        structure(line, text);
      } else if (mission) {
        section = 'mission';
        if (mission[2]) charter.mission = mission[2];
        structure(line, text);
      } else if (published) {
        charter.published = parseDate(published[2]);
        structure(line, text);
      } else if (updated) {
        charter.updated = parseDate(updated[2]);
        structure(line, text);
      } else if (section === 'header') headerLines.push({ ...at(line), text });
      else if (section === 'vision' && !charter.mission) charter.vision = appendText(charter.vision as string, text);
      else if (section === 'mission') charter.mission = appendText(charter.mission as string, text);
      else if (section === 'grievance' && !table && charter.grievance)
        charter.grievance.intro = appendText(charter.grievance.intro as string, text);
      else unplaced(line, text, 'a line of text outside any section the importer knows');
      continue;
    }

    // A table row.
    if (isColumnNumberRow(cells)) {
      structure(line, cells.join('\t'));
      continue;
    }
    const header = headerRow(cells, section);
    if (header) {
      structure(line, cells.join('\t'));
      if (header.kind === 'services' && section !== 'services') section = 'services';
      if (header.kind === 'services') {
        group ??= newGroup(undefined, undefined);
        if (!group.services.length) group.headers = columnHeaders(header, cells);
      }
      if (header.kind === 'expectations') {
        charter.expectations ??= { items: [] };
        charter.expectations.headers ??= expectationHeaders(header.columns, cells);
        section = 'expectations';
      }
      if (header.kind === 'grievance') {
        charter.grievance ??= { levels: [] };
        charter.grievance.headers ??= grievanceHeaders(header.columns, cells);
        section = 'grievance';
      }
      table = header;
      continue;
    }
    if (section === 'header' && filled.length >= 2) {
      unplaced(line, cells.join('\t'), 'a table row before any header row');
      continue;
    }
    if (!table) {
      unplaced(line, cells.join('\t'), 'a table row without a header row the importer understands');
      continue;
    }
    if (table.kind === 'services') addService(line, cells, table, group!, officers, unplaced);
    else if (table.kind === 'expectations') addExpectation(line, cells, table.columns, charter.expectations!, unplaced);
    else addGrievanceLevel(line, cells, table.columns, charter.grievance!, officers, unplaced);
  }

  const office = officeFrom(headerLines, charter, (reported, reason) => report.unplaced.push({ ...reported, reason }));
  const result: CharterData = {
    formatVersion: 1,
    office,
    ...(charter.title ? { title: charter.title } : {}),
    ...(charter.published ? { published: charter.published } : {}),
    ...(charter.updated ? { updated: charter.updated } : {}),
    ...(charter.vision ? { vision: charter.vision } : {}),
    ...(charter.mission ? { mission: charter.mission } : {}),
    ...(officers.officers.length ? { officers: officers.officers } : {}),
    serviceGroups: groups,
    ...(charter.expectations ? { expectations: charter.expectations } : {}),
    ...(charter.grievance ? { grievance: charter.grievance } : {}),
  };
  return { charter: result, report };
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
    if (!office.government && GOVERNMENT.test(line.text)) office.government = line.text;
    else if (!office.website && WEBSITE.test(line.text)) office.website = line.text;
    else if (!charter.title && TITLE.test(line.text)) charter.title = line.text;
    else rest.push(line);
  }
  // Department, office and place, in that order; a charter that prints fewer starts from the office.
  const [department, name, location, ...more]: (ReportedLine | undefined)[] = rest.length >= 3 ? rest : [undefined, ...rest];
  if (department) office.department = department.text;
  if (name) office.name = name.text;
  if (location) office.location = location.text;
  for (const line of more) if (line) unplaced(line, 'a header line after the department, office and place');
  return office as CharterData['office'];
}

function headerRow(cells: string[], section: Section): Table | undefined {
  const services = cells.map((cell) => (cell ? serviceColumnOf(cell) : undefined));
  if (services.includes('serial') && services.includes('name')) return { kind: 'services', columns: services, headers: cells };
  const grievance = cells.map((cell) => (cell ? grievanceColumnOf(cell) : undefined));
  if (grievance.includes('when') && grievance.includes('whom')) return { kind: 'grievance', columns: grievance };
  const expectations = cells.map((cell) => (cell ? expectationColumnOf(cell) : undefined));
  if (section === 'expectations' && expectations.includes('text')) return { kind: 'expectations', columns: expectations };
  return undefined;
}

function columnHeaders(table: Extract<Table, { kind: 'services' }>, cells: string[]): ColumnHeaders {
  const headers: ColumnHeaders = {};
  table.columns.forEach((column, i) => {
    if (column && cells[i] && !headers[column]) headers[column] = cells[i];
  });
  return headers;
}

function expectationHeaders(columns: (ExpectationColumn | undefined)[], cells: string[]): Expectations['headers'] {
  return Object.fromEntries(columns.flatMap((column, i) => (column && cells[i] ? [[column, cells[i]]] : [])));
}

function grievanceHeaders(columns: (GrievanceColumn | undefined)[], cells: string[]): Grievance['headers'] {
  return Object.fromEntries(columns.flatMap((column, i) => (column && cells[i] ? [[column, cells[i]]] : [])));
}

type Unplaced = (line: InputLine, text: string, reason: string) => void;

function addService(
  line: InputLine,
  cells: string[],
  table: Extract<Table, { kind: 'services' }>,
  group: ServiceGroup,
  officers: OfficerRegistry,
  unplaced: Unplaced,
): void {
  const at = (column: ServiceColumn) => cells[table.columns.indexOf(column)] || undefined;
  const serial = at('serial');
  const name = at('name');
  if (!name) {
    unplaced(line, cells.join('\t'), 'a row without a service name');
    return;
  }
  const number = serial ? toAsciiDigits(serial).replace(/\D/g, '').replace(/^0+(?=\d)/, '') : '';
  const id = uniqueId(
    `${group.id}-${number || group.services.length + 1}`,
    group.services.map((s) => s.id),
    false,
  );
  const service: Service = { id, serial: serial ?? String(group.services.length + 1), name };
  group.headers ??= columnHeaders(table, table.headers);
  const officerCell = (text: string): OfficerCell => {
    const parts = parseOfficerCell(text);
    return isOfficer(parts) ? { text, officers: [officers.add(parts)] } : { text };
  };
  for (const column of ['delivery', 'documents', 'documentsSource', 'unit'] as const) {
    const text = at(column);
    if (text) service[column] = text;
  }
  const fee = at('fee');
  if (fee) service.fee = parseFee(fee);
  const timeLimit = at('timeLimit');
  if (timeLimit) service.timeLimit = parseTimeLimit(timeLimit);
  const officerText = at('officers');
  if (officerText) service.officers = officerCell(officerText);
  const seniorText = at('seniorOfficers');
  if (seniorText) service.seniorOfficers = officerCell(seniorText);
  cells.forEach((cell, i) => {
    if (!cell || table.columns[i]) return;
    const heading = table.headers[i];
    if (heading) (service.extra ??= []).push({ heading, text: cell });
    else unplaced(line, cell, 'a cell beyond the columns of the header row');
  });
  group.services.push(service);
}

function addExpectation(
  line: InputLine,
  cells: string[],
  columns: (ExpectationColumn | undefined)[],
  expectations: Expectations,
  unplaced: Unplaced,
): void {
  const text = cells[columns.indexOf('text')];
  if (!text) {
    unplaced(line, cells.join('\t'), 'an expectation without its text');
    return;
  }
  const serial = cells[columns.indexOf('serial')];
  expectations.items.push({ ...(serial ? { serial } : {}), text });
  cells.forEach((cell, i) => {
    if (cell && !columns[i]) unplaced(line, cell, 'a cell beyond the columns of the header row');
  });
}

function addGrievanceLevel(
  line: InputLine,
  cells: string[],
  columns: (GrievanceColumn | undefined)[],
  grievance: Grievance,
  officers: OfficerRegistry,
  unplaced: Unplaced,
): void {
  const at = (column: GrievanceColumn) => cells[columns.indexOf(column)] || undefined;
  const when = at('when');
  const whom = at('whom');
  const addressText = at('address');
  if (!when || !whom || !addressText) {
    unplaced(line, cells.join('\t'), 'a grievance row without when, whom or address');
    return;
  }
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
  cells.forEach((cell, i) => {
    if (cell && !columns[i]) unplaced(line, cell, 'a cell beyond the columns of the header row');
  });
}

/** `base`, or `base-2`, `base-3` … when taken; `numbered` ids always carry a number. */
function uniqueId(base: string, taken: string[], numbered: boolean): string {
  if (!numbered && !taken.includes(base)) return base;
  for (let n = numbered ? 1 : 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}
