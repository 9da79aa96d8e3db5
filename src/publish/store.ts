/**
 * The work in progress, kept in the browser's localStorage so that a reload (or a closed tab) loses nothing. Only on
 * this computer: nothing is sent anywhere. A storage that is full or switched off keeps the page working, unsaved.
 */
import type { ImportReport } from '../import/import-lines.js';
import type { UncertainCell } from '../import/pdf.js';
import type { CharterData } from '../model/charter.js';
import type { Locale } from '../model/text.js';

export interface Work {
  /** The file the charter came from, or "pasted text". */
  name: string;
  data: CharterData;
  /** What the importer said; absent for a charter JSON opened again. */
  report?: Report;
  /** The lines of a text the charter was imported from, for the report's links to them. */
  sourceLines?: string[];
}

/** The importer's report with the cells it placed by guess (PDF). */
export type Report = ImportReport & { uncertain: UncertainCell[] };

const KEY = 'charter-widgets-publish';
/** The page's language, kept apart from the work: a new charter keeps it. */
const LANGUAGE_KEY = 'charter-widgets-publish-language';

export function loadWork(): Work | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Work | null;
    return saved?.data && typeof saved.name === 'string' ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the work; false when the browser would not keep it (storage full or off). */
export function saveWork(work: Work | undefined): boolean {
  try {
    if (work) localStorage.setItem(KEY, JSON.stringify(work));
    else localStorage.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}

/** The language the page was last shown in, if one was chosen. */
export function loadLanguage(): Locale | undefined {
  try {
    const lang = localStorage.getItem(LANGUAGE_KEY);
    return lang === 'bn' || lang === 'en' ? lang : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguage(lang: Locale): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Not kept: the page opens in Bangla next time.
  }
}
