/**
 * The search index of a charter's services, on MiniSearch (BM25 ranking, prefix and typo-tolerant matching) with the
 * Bangla analyzer of ./analyzer.ts and the glossary of ./glossary.ts. Each word is indexed in every form a person may
 * type it: with its spelling variants folded, without its case ending, split into the parts of a compound the
 * charter writes joined, joined with the next word of a name (a compound written apart), and as a sound key (Bangla
 * typed in Latin letters, English loanwords in Bangla letters). The index is built in slices of a few milliseconds,
 * so a charter of thousands of services never holds up the page. No DOM here.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { OfficerCell, Text } from '../generated/charter-data.js';
import type { Charter, ServiceEntry } from '../model/charter.js';
import { FIELD_ORDER, fieldText, SERVICE_FIELDS, serialNumber } from '../model/service-fields.js';
import { textValues, toAsciiDigits } from '../model/text.js';
import { fold, isLatin, soundKey, stems, words, wordsAt } from './analyzer.js';
import { expansionsOf, glossaryReady, isFunctionWord } from './glossary.js';

export interface SearchHit {
  entry: ServiceEntry;
  score: number;
  /** The indexed terms that matched, for highlightSpans. */
  terms: string[];
  /** Where the matched terms are in a text as printed (highlightSpans). */
  spansIn(text: string): [number, number][];
}

const TEXT_FIELDS = ['name', 'keywords', 'details', 'officers'] as const;
const SOUND_FIELDS = ['nameSound', 'otherSound'] as const;
type Field = (typeof TEXT_FIELDS)[number] | (typeof SOUND_FIELDS)[number] | 'serial';

// A service's name counts most, then the words its office added, its serial when the query is one; the officers
// and the sound keys help without outranking real words.
const BOOST: Record<Field, number> = {
  name: 4,
  keywords: 3,
  details: 1,
  officers: 0.7,
  serial: 6,
  nameSound: 1,
  otherSound: 0.3,
};
// A term that came from the glossary, or a word's stem, scores below the word as typed.
const EXPANSION_WEIGHT = 0.5;
const STEM_BOOST = Object.fromEntries(Object.entries(BOOST).map(([field, boost]) => [field, boost * 0.8]));
// Sound keys carry a mark of the script they came from: a Latin query meets Bangla words, a Bangla one English words.
const BANGLA_SOUND = '~b';
const LATIN_SOUND = '~l';
const SERIAL = '#';
/** Only the first words of a query are read: a pasted paragraph is cut to its first sentence or so. */
export const QUERY_WORDS = 12;
// A charter this large completes a word begun only from its third letter, and only in names (see matchesOf).
const LARGE_CHARTER = 1000;
// A query word matching this many services is not also looked up in the glossary.
const BROAD = 200;
// How long one slice of index building may run before the page gets a turn.
const SLICE_MS = 8;

/** The terms of one word in the index: its text forms (the folded one first) and its sound. */
interface WordForms {
  text: string[];
  sound?: string;
}

/** The terms a text gives a field: its words' forms and compound parts, pairs of words joined; their sounds. */
interface TextTerms {
  terms: string[];
  sounds: string[];
}

/** The letters of a word (consonants and vowels, not signs): how long a word or stem really is. */
function letters(word: string): number {
  return word.match(/[\u0985-\u09b9\u09ce\u09dc-\u09dfa-z0-9]/g)?.length ?? 0;
}

/** The forms of one word: folded (spelling variants alike) and stemmed. */
function formsOf(word: string): WordForms {
  const folded = fold(word);
  const key = soundKey(word);
  return {
    text: [folded, ...stems(folded)],
    sound: key && (isLatin(folded) ? LATIN_SOUND : BANGLA_SOUND) + key,
  };
}

function textTerms(forms: WordForms[], withPairs: boolean, vocabulary: ReadonlySet<string>): TextTerms {
  const terms = new Set<string>();
  const sounds = new Set<string>();
  forms.forEach(({ text, sound }, i) => {
    const [folded] = text;
    text.forEach((term) => terms.add(term));
    compoundParts(folded, vocabulary).forEach((part) => terms.add(part));
    if (sound) sounds.add(sound);
    if (withPairs && i + 1 < forms.length) terms.add(folded + forms[i + 1].text[0]);
  });
  return { terms: [...terms], sounds: [...sounds] };
}

/**
 * The two parts of a compound the charter writes as one word (ভাষাশিক্ষা: ভাষা, শিক্ষা; প্রসবকালীন: প্রসব, কালীন),
 * so either part finds it: a split where one part is a word of the charter of three letters or more, and the other
 * has two letters or more.
 */
function compoundParts(folded: string, vocabulary: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  const known = (part: string) => letters(part) >= 3 && vocabulary.has(part);
  for (let i = 2; i < folded.length - 1; i++) {
    const [head, tail] = [folded.slice(0, i), folded.slice(i)];
    if (/^[\u0985-\u09b9]/.test(tail) && letters(head) >= 2 && letters(tail) >= 2 && (known(head) || known(tail)))
      parts.push(head, tail);
  }
  return parts;
}

/**
 * Typo tolerance that grows with the word's stem: none for short words, where one letter changes the meaning.
 * Counted in characters, since a Bangla slip often costs two (প্রোগামিং lacks the ্র of প্রোগ্রামিং).
 */
function typos(word: string): number {
  const length = [...word].length;
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** Where a word may be completed: from how many letters on, and in which fields. */
interface Completion {
  from: number;
  fields: readonly Field[];
}

const NOWHERE: Completion = { from: Infinity, fields: [] };

/**
 * Every form a word may match: folded (spelling variants alike), whole or begun (see Completion); its stem; the
 * serial it may be; and for a word the person `typed` (not one the glossary gave), with a typo and by its sound in
 * the other script.
 */
function wordQuery(word: string, completion: Completion, typed = true): Query {
  const folded = fold(word);
  const stemmed = stems(folded);
  const prefix = letters(folded) >= completion.from;
  const fuzzy = typed && typos(stemmed[0] ?? folded);
  const everywhere = completion.fields.length === TEXT_FIELDS.length;
  const queries: Query[] = [{ queries: [folded], fields: [...TEXT_FIELDS], prefix: prefix && everywhere, fuzzy }];
  if (prefix && !everywhere) queries.push({ queries: [folded], fields: [...completion.fields], prefix });
  if (stemmed.length) queries.push({ queries: stemmed, fields: [...TEXT_FIELDS], boost: STEM_BOOST });
  const key = typed && soundKey(word);
  // Latin letters meet Bangla words by sound and Bangla letters meet English words. Only Latin letters begin a
  // word by sound (Bangla letters have their own words to begin), and a short key says too little for that.
  if (key)
    queries.push({
      queries: [(isLatin(folded) ? BANGLA_SOUND : LATIN_SOUND) + key],
      // Begun by sound only where words are begun: in a large charter, the names.
      fields: everywhere ? [...SOUND_FIELDS] : ['nameSound'],
      prefix: prefix && isLatin(folded) && key.length >= 3,
    });
  const digits = toAsciiDigits(word);
  if (/^\d+$/.test(digits)) queries.push({ queries: [SERIAL + Number(digits)], fields: ['serial'] });
  return { combineWith: 'OR', queries };
}

/**
 * A glossary phrase: every word must match, whole and as spelt. Not by sound: the glossary's romanizations are for
 * what people type, and its groups already hold the Bangla they sound like.
 */
function phraseQuery(phrase: string[]): Query {
  return { combineWith: 'AND', queries: phrase.map((word) => wordQuery(word, NOWHERE, false)) };
}

/** A search hit whose matched terms are put together only for the hits someone looks at: a broad query has thousands. */
class Hit implements SearchHit {
  constructor(
    readonly entry: ServiceEntry,
    readonly score: number,
    private readonly termsOfMatches: string[][],
  ) {}

  get terms(): string[] {
    return [...new Set(this.termsOfMatches.flat())];
  }

  spansIn(text: string): [number, number][] {
    return highlightSpans(text, this.terms);
  }
}

/**
 * How a service matched one word of the query: its best score, the terms of each match, and whether a form of the
 * word (not only a prefix or a near spelling) was found in it, and in what names it: its name, keywords or serial.
 */
interface WordMatch {
  score: number;
  terms: string[][];
  found: boolean;
  named: boolean;
}

const NAMING_FIELDS = new Set<string>(['name', 'keywords', 'nameSound', 'serial']);

export class ServiceIndex {
  private readonly miniSearch: MiniSearch<number>;
  private readonly entries: readonly ServiceEntry[];
  private readonly charter: Charter;
  private lastQuery?: string;
  private lastHits: SearchHit[] = [];
  /** True once every service is indexed and the glossary is in (or given up on). */
  complete = false;
  /** Settles when the index is complete; search() before then finds nothing. */
  readonly ready: Promise<void>;

  constructor(charter: Charter) {
    this.charter = charter;
    this.entries = charter.services;
    const documents = new Map<number, Record<Field, string>>();
    // The documents are the services' positions in charter order, their fields analysed before they are added.
    this.miniSearch = new MiniSearch<number>({
      fields: [...TEXT_FIELDS, ...SOUND_FIELDS, 'serial'],
      // The analyzer has made the terms already: one per space-separated item.
      extractField: (position, field) => (field === 'id' ? position : documents.get(position)![field as Field]),
      tokenize: (terms) => terms.split(' '),
      processTerm: (term) => term,
      searchOptions: {
        boost: BOOST,
        weights: { fuzzy: 0.3, prefix: 0.5 },
        prefix: false,
        fuzzy: false,
        tokenize: (term) => [term],
        processTerm: (term) => term,
      },
    });
    this.ready = Promise.all([this.build(documents), glossaryReady()]).then(() => {
      this.complete = true;
      this.lastQuery = undefined;
    });
  }

  /**
   * Analyses every distinct text of the charter once (charters repeat the same officer, delivery and fee cells in
   * many rows), then adds each service to the index, yielding to the page every few milliseconds. Two passes: the
   * charter's whole vocabulary must be known before a compound can be split into words of it.
   */
  private async build(documents: Map<number, Record<Field, string>>): Promise<void> {
    let sliceStart = now();
    // Checked between texts and services, so a charter that fits in one slice is indexed at once, without waiting.
    const sliceOver = () => now() - sliceStart >= SLICE_MS;
    const nextSlice = async () => {
      await yieldToPage();
      sliceStart = now();
    };
    const texts = this.entries.map((entry) => textsOf(entry, this.charter));
    const wordsOf = new Map<string, WordForms[]>();
    const vocabulary = new Set<string>();
    for (const serviceTexts of texts) {
      for (const text of Object.values(serviceTexts).flat())
        if (!wordsOf.has(text)) {
          const forms = words(text).map(formsOf);
          forms.forEach(({ text: terms }) => terms.forEach((term) => vocabulary.add(term)));
          wordsOf.set(text, forms);
        }
      if (sliceOver()) await nextSlice();
    }
    const termsOf = new Map<string, TextTerms>();
    const analysed = (text: string, withPairs: boolean) => {
      const key = (withPairs ? '+' : '-') + text;
      let found = termsOf.get(key);
      if (!found) termsOf.set(key, (found = textTerms(wordsOf.get(text)!, withPairs, vocabulary)));
      return found;
    };
    for (const [position, serviceTexts] of texts.entries()) {
      const fields = {} as Record<Field, string>;
      const sounds = { nameSound: new Set<string>(), otherSound: new Set<string>() };
      for (const field of TEXT_FIELDS) {
        const terms = new Set<string>();
        // Pairs of the long detail texts would make most of the index's terms for few matches.
        const naming = field === 'name' || field === 'keywords';
        for (const text of serviceTexts[field]) {
          const found = analysed(text, naming);
          found.terms.forEach((term) => terms.add(term));
          found.sounds.forEach((sound) => (naming ? sounds.nameSound : sounds.otherSound).add(sound));
        }
        fields[field] = [...terms].join(' ');
      }
      fields.nameSound = [...sounds.nameSound].join(' ');
      fields.otherSound = [...sounds.otherSound].join(' ');
      fields.serial = serviceTexts.serial.map((serial) => SERIAL + Number(serial)).join(' ');
      documents.set(position, fields);
      this.miniSearch.add(position);
      documents.delete(position);
      if (sliceOver()) await nextSlice();
    }
  }

  /**
   * Services matching every word of the query, best first; when no service matches every word, those that match the
   * most of them (see rank). Words that only ask (কোথায়, how to) do not count when other words are there, and only
   * the first QUERY_WORDS words are read. Each word also matches its glossary equivalents, below the word itself.
   */
  search(query: string): SearchHit[] {
    if (!this.complete) return [];
    if (query === this.lastQuery) return this.lastHits;
    const typed = words(query.slice(0, 40 * QUERY_WORDS)).slice(0, QUERY_WORDS);
    const content = typed.filter((word) => !isFunctionWord(word));
    const sought = content.length ? content : typed;
    this.lastQuery = query;
    this.lastHits = sought.length ? this.rank(sought.length, this.matchesOf(sought)) : [];
    return this.lastHits;
  }

  /** For each word of the query, the services it matches, as typed, joined with a neighbour, or through the glossary. */
  private matchesOf(sought: string[]): Map<number, WordMatch>[] {
    const matches = sought.map(() => new Map<number, WordMatch>());
    const record = (
      from: number,
      to: number,
      results: SearchResult[],
      weight: number,
      whole: (term: string) => boolean,
    ) => {
      for (const result of results) {
        const score = result.score * weight;
        const wholeTerms = result.terms.filter(whole);
        const found = wholeTerms.length > 0;
        const named = wholeTerms.some((term) => result.match[term].some((field) => NAMING_FIELDS.has(field)));
        for (let i = from; i < to; i++) {
          const match = matches[i].get(result.id);
          if (!match) matches[i].set(result.id, { score, terms: [result.terms], found, named });
          else {
            match.score = Math.max(match.score, score);
            match.terms.push(result.terms);
            match.found ||= found;
            match.named ||= named;
          }
        }
      }
    };
    sought.forEach((word, i) => {
      // The last word may be unfinished, and is completed from its second letter; in a large charter from its third
      // and only to the words of services' names (প্র and সা begin thousands of its words, too many to rank within
      // a keystroke). An earlier word may be shortened (আল্ট্রা), from its fourth; a word begun with that many letters
      // counts as found.
      const last = i === sought.length - 1;
      const large = this.entries.length >= LARGE_CHARTER;
      const completion: Completion = !last
        ? { from: 4, fields: TEXT_FIELDS }
        : large
          ? { from: 3, fields: ['name', 'keywords'] }
          : { from: 2, fields: TEXT_FIELDS };
      const wholeForms = new Set(exactTerms(word));
      const folded = fold(word);
      const begun = letters(folded) >= 4;
      const whole = (term: string) => wholeForms.has(term) || (begun && term.startsWith(folded));
      record(i, i + 1, this.miniSearch.search(wordQuery(word, completion)), 1, whole);
      if (!last) {
        // A compound the charter writes as one word, typed apart; it gets the typo allowance of its parts.
        const joined = folded + fold(sought[i + 1]);
        const allowance = Math.min(typos(joined), typos(word) + typos(sought[i + 1]));
        const results = this.miniSearch.search({
          queries: [joined],
          fields: ['name', 'keywords', 'details'],
          fuzzy: allowance,
        });
        record(i, i + 2, results, 1, (term) => term === joined);
      }
    });
    for (const { start, length, terms } of expansionsOf(sought)) {
      // A word that many services have already fills what is shown; what the glossary adds would rank below it.
      if (matches.slice(start, start + length).every((wordMatches) => wordMatches.size >= BROAD)) continue;
      const results = this.miniSearch.search({ combineWith: 'OR', queries: terms.map(phraseQuery) });
      const wholeForms = new Set(terms.flat().flatMap(exactTerms));
      record(start, start + length, results, EXPANSION_WEIGHT, (term) => wholeForms.has(term));
    }
    return matches;
  }

  /**
   * Services that match every word, by score. Failing that, the services whose name (or keywords, or serial) has a
   * word of the query, or that have two words of it or half its words (whichever is more) anywhere, ranked by those
   * counts and then by score. A word found only by a near spelling, or one word found only among a service's
   * documents or fees, does not make it the service sought.
   */
  private rank(wordCount: number, matches: Map<number, WordMatch>[]): SearchHit[] {
    const byService = new Map<
      number,
      { score: number; named: number; found: number; all: number; terms: string[][] }
    >();
    for (const wordMatches of matches)
      for (const [position, match] of wordMatches) {
        let service = byService.get(position);
        if (!service) byService.set(position, (service = { score: 0, named: 0, found: 0, all: 0, terms: [] }));
        service.score += match.score;
        service.named += Number(match.named);
        service.found += Number(match.found);
        service.all += 1;
        service.terms.push(...match.terms);
      }
    const services = [...byService];
    const everyWord = services.filter(([, service]) => service.all === wordCount);
    const enough = Math.max(2, wordCount / 2);
    const kept = everyWord.length
      ? everyWord.sort(([, a], [, b]) => b.score - a.score)
      : services
          .filter(([, service]) => service.named > 0 || service.found >= enough)
          .sort(([, a], [, b]) => b.named - a.named || b.found - a.found || b.score - a.score);
    return kept.map(([position, { score, terms }]) => new Hit(this.entries[position], score, terms));
  }
}

/**
 * The index terms a word matches whole: its forms, its serial, its sound when that has three consonants or more (two,
 * as "bill" and বালাই share, say too little to count as a word found).
 */
function exactTerms(word: string): string[] {
  const { text } = formsOf(word);
  const key = soundKey(word);
  const digits = toAsciiDigits(word);
  return [
    ...text,
    ...(key && key.length >= 3 ? [BANGLA_SOUND + key, LATIN_SOUND + key] : []),
    ...(/^\d+$/.test(digits) ? [SERIAL + Number(digits)] : []),
  ];
}

/** The texts of a service that each field indexes, both languages: its columns by their kind (service-fields.ts). */
function textsOf(
  { service }: ServiceEntry,
  charter: Charter,
): Record<(typeof TEXT_FIELDS)[number] | 'serial', string[]> {
  const values = (...texts: (Text | undefined)[]) => texts.flatMap((text) => textValues(text));
  const officerCells = FIELD_ORDER.filter((field) => SERVICE_FIELDS[field] === 'officers').map(
    (field) => service[field] as OfficerCell | undefined,
  );
  const officers = officerCells
    .flatMap((cell) => cell?.officers ?? [])
    .map((id) => charter.officers.get(id))
    .filter((officer) => officer !== undefined);
  const serial = serialNumber(service.serial);
  return {
    name: values(service.name),
    keywords: values(...(service.keywords ?? [])),
    details: values(
      ...FIELD_ORDER.filter((field) => SERVICE_FIELDS[field] !== 'officers').map((field) => fieldText(service, field)),
      ...(service.extra ?? []).map((column) => column.text),
    ),
    // The officers as the charter defines them; a cell that names none (সংশ্লিষ্ট ওয়ার্ড কাউন্সিলর) as printed.
    officers: values(
      ...officerCells.map((cell) => (cell?.officers?.length ? undefined : cell?.text)),
      ...officers.flatMap((officer) => [officer.name, officer.designation, officer.office]),
    ),
    serial: serial === undefined ? [] : [String(serial)],
  };
}

const now = () => performance.now();

/**
 * Gives the page a turn: the browser's scheduler where it has one, else a message to itself (a timer would wait at
 * least 4 ms each time once nested).
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

const byCharter = new WeakMap<Charter, ServiceIndex>();

/** The index of a charter, built once (in slices, from the first call on) and shared by every element showing it. */
export function serviceIndexOf(charter: Charter): ServiceIndex {
  let index = byCharter.get(charter);
  if (!index) {
    index = new ServiceIndex(charter);
    byCharter.set(charter, index);
  }
  return index;
}

/**
 * Where the matched terms of a hit are in a text as printed, as [start, end) pairs: the words one of whose forms
 * (folded, stem, sound) matched, the words that begin or end with a matched part of a compound, and both
 * words of a pair that matched only joined, neither alone (ই নথি for "ইনথি").
 */
export function highlightSpans(text: string, terms: string[]): [number, number][] {
  const matched = new Set(terms);
  const parts = terms.filter((term) => !term.startsWith('~') && letters(term) >= 2);
  const found = wordsAt(text).map(({ word, start }) => ({ word, start, folded: fold(word), forms: formsOf(word) }));
  const alone = found.map(
    ({ folded, forms }) =>
      forms.text.some((form) => matched.has(form)) ||
      (!!forms.sound && matched.has(forms.sound)) ||
      parts.some((part) => folded !== part && (folded.startsWith(part) || folded.endsWith(part))),
  );
  const joined = found.map(
    // Only when neither word matched alone: "training" must not mark the "at" before it through "attraining".
    ({ folded }, i) => i + 1 < found.length && !alone[i] && !alone[i + 1] && matched.has(folded + found[i + 1].folded),
  );
  return found
    .filter((_, i) => alone[i] || joined[i] || (i > 0 && joined[i - 1]))
    .map(({ word, start }) => [start, start + word.length]);
}
