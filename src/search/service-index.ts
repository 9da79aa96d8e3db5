/**
 * The search index of a charter's services, on MiniSearch (BM25 ranking, prefix and typo-tolerant matching) with the
 * Bangla analyzer of ./analyzer.ts. Each word is indexed in every form a person may type it: as written, with its
 * spelling variants folded, joined with the next word (a compound written apart), and as a sound key (Bangla
 * typed in Latin letters). No DOM here.
 */
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import type { Text } from '../generated/charter-data.js';
import type { Charter, ServiceEntry } from '../model/charter.js';
import { textValues } from '../model/text.js';
import { fold, isLatin, normalize, soundKey, words, wordsAt } from './analyzer.js';

export interface SearchHit {
  entry: ServiceEntry;
  score: number;
  /** The indexed terms that matched, for highlightSpans. */
  terms: string[];
}

type Field = 'name' | 'details' | 'nameSound' | 'detailsSound';

// A service's name counts most; its sound key helps romanized queries without outranking real words.
const BOOST: Record<Field, number> = { name: 4, details: 1, nameSound: 1, detailsSound: 0.3 };
const SOUND_PREFIX = '~';

interface TextForms {
  written: string[];
  folded: string[];
  sounds: string[];
}

/**
 * The forms of each distinct text, worked out once per index: charters repeat the same cells (one officer, one
 * delivery method) in many rows, and folding word by word is the bulk of building an index.
 */
function textForms(): (text: string) => TextForms {
  const cache = new Map<string, TextForms>();
  return (text) => {
    let forms = cache.get(text);
    if (!forms) {
      const written = words(normalize(text));
      // Folding changes letters inside words, not where words break, so the two lists align; if a text ever says
      // otherwise, fold it word by word.
      const foldedText = words(fold(text));
      const folded = foldedText.length === written.length ? foldedText : written.map(fold);
      const sounds = written.map(soundKey).filter((key): key is string => !!key);
      forms = { written, folded, sounds: sounds.map((key) => SOUND_PREFIX + key) };
      cache.set(text, forms);
    }
    return forms;
  };
}

/**
 * Every term texts give: each word as written and folded, and (for names) each pair of words joined. Pairs of the
 * long detail texts would make most of the index's terms for few matches.
 */
function textTerms(forms: TextForms[], withPairs: boolean): string[] {
  const terms = new Set<string>();
  for (const { written, folded } of forms) {
    written.forEach((word) => terms.add(word));
    folded.forEach((word, i) => {
      terms.add(word);
      if (withPairs && i + 1 < folded.length) terms.add(word + folded[i + 1]);
    });
  }
  return [...terms];
}

/** Typo tolerance that grows with the word: none for short words, where one letter changes the meaning. */
function typos(term: string): number {
  const length = [...term].length;
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** All a word may match: itself as typed, folded, its sound when typed in Latin letters. */
function wordQuery(word: string): Query {
  const alternatives = new Set([normalize(word), fold(word)]);
  const queries: Query[] = [...alternatives].map((term, i) => ({
    queries: [term],
    fields: ['name', 'details'],
    // The spelling as typed ranks above its variants.
    boostTerm: () => (i === 0 ? 1.5 : 1),
  }));
  const sound = isLatin(word) ? soundKey(word) : undefined;
  if (sound)
    queries.push({ queries: [SOUND_PREFIX + sound], fields: ['nameSound', 'detailsSound'], fuzzy: false });
  return { combineWith: 'OR', queries };
}

/** Every word must match; a pair of words may also match as one, for compounds the charter writes joined. */
function queryOf(typed: string[]): Query {
  const allWords: Query = { combineWith: 'AND', queries: typed.map(wordQuery) };
  const joined: Query[] = typed.slice(0, -1).map((_, i) => ({
    combineWith: 'AND',
    queries: [...typed.slice(0, i), typed[i] + typed[i + 1], ...typed.slice(i + 2)].map(wordQuery),
  }));
  return joined.length ? { combineWith: 'OR', queries: [allWords, ...joined] } : allWords;
}

export class ServiceIndex {
  private readonly miniSearch: MiniSearch<number>;
  private readonly entries: readonly ServiceEntry[];
  /** Settles when every service is indexed; search() before then finds nothing. */
  readonly ready: Promise<void> = Promise.resolve();

  constructor(charter: Charter) {
    this.entries = charter.services;
    const formsOf = textForms();
    // The documents are the services' positions in charter order.
    this.miniSearch = new MiniSearch<number>({
      fields: ['name', 'details', 'nameSound', 'detailsSound'],
      // The analyzer has made the terms already: one per space-separated item.
      extractField: (position, field) =>
        field === 'id' ? position : fieldTerms(this.entries[position], field as Field, formsOf).join(' '),
      tokenize: (terms) => terms.split(' '),
      processTerm: (term) => term,
      searchOptions: {
        boost: BOOST,
        // A single letter would match most of a large charter's words as a prefix, and tells little.
        prefix: (term) => [...term].length >= 2,
        fuzzy: typos,
        weights: { fuzzy: 0.3, prefix: 0.5 },
        tokenize: (term) => [term],
        processTerm: (term) => term,
      } satisfies SearchOptions,
    });
    this.miniSearch.addAll(this.entries.map((_, position) => position));
  }

  /** Services matching every word of the query, best first. */
  search(query: string): SearchHit[] {
    const typed = words(query);
    if (!typed.length) return [];
    return this.miniSearch.search(queryOf(typed)).map((result) => ({
      entry: this.entries[result.id as number],
      score: result.score,
      terms: result.terms,
    }));
  }
}

const byCharter = new WeakMap<Charter, ServiceIndex>();

/** The index of a charter, built once and shared by every element showing that charter. */
export function serviceIndexOf(charter: Charter): ServiceIndex {
  let index = byCharter.get(charter);
  if (!index) {
    index = new ServiceIndex(charter);
    byCharter.set(charter, index);
  }
  return index;
}

function fieldTerms(entry: ServiceEntry, field: Field, formsOf: (text: string) => TextForms): string[] {
  const { service } = entry;
  const texts =
    field === 'name' || field === 'nameSound'
      ? textValues(service.name)
      : [
          service.delivery,
          service.documents,
          service.documentsSource,
          service.fee?.text,
          service.timeLimit?.text,
          service.unit,
        ].flatMap((text: Text | undefined) => textValues(text));
  const forms = texts.map(formsOf);
  switch (field) {
    case 'name':
      return textTerms(forms, true);
    case 'details':
      return textTerms(forms, false);
    default:
      return [...new Set(forms.flatMap((f) => f.sounds))];
  }
}

/**
 * Where the matched terms of a hit are in a text as printed, as [start, end) pairs: the words whose written, folded
 * or sound form matched, and both words of a pair that matched only joined (ই নথি for "ইনথি"; a pair that a
 * typed prefix reached through its first word marks that word alone).
 */
export function highlightSpans(text: string, terms: string[]): [number, number][] {
  const matched = new Set(terms);
  const found = wordsAt(text).map(({ word, start }) => ({ word, start, folded: fold(word), sound: soundKey(word) }));
  const alone = found.map(
    ({ word, folded, sound }) =>
      matched.has(normalize(word)) || matched.has(folded) || (!!sound && matched.has(SOUND_PREFIX + sound)),
  );
  const joined = found.map(
    ({ folded }, i) => i + 1 < found.length && !alone[i] && matched.has(folded + found[i + 1].folded),
  );
  return found
    .filter((_, i) => alone[i] || joined[i] || (i > 0 && joined[i - 1]))
    .map(({ word, start }) => [start, start + word.length]);
}
