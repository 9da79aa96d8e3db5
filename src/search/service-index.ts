import type { Charter, ServiceEntry } from '../model/charter.js';
import { textValues } from '../model/text.js';
import { fold, normalize, words } from './normalize.js';

export interface SearchHit {
  entry: ServiceEntry;
  score: number;
}

interface IndexedField {
  weight: number;
  /** Folded words, for prefix matches as the person types. */
  words: string[];
  /** Folded text without spaces, so a compound matches written joined or apart (ভাষাশিক্ষা / ভাষা শিক্ষা). */
  joined: string;
  /** Normalized, unfolded text, so the exact spelling ranks above a variant. */
  exact: string;
}

interface IndexedService {
  entry: ServiceEntry;
  fields: IndexedField[];
}

/** Finds a charter's services by their name (weighted highest), delivery, documents, fee and time limit. */
export class ServiceIndex {
  private readonly services: IndexedService[];

  constructor(charter: Charter) {
    this.services = charter.services.map((entry) => {
      const { service } = entry;
      const field = (weight: number, ...texts: string[][]): IndexedField => {
        const text = texts.flat().join(' ');
        const folded = fold(text);
        return { weight, words: words(folded), joined: words(folded).join(''), exact: normalize(text) };
      };
      return {
        entry,
        fields: [
          field(4, textValues(service.name)),
          field(1, textValues(service.delivery), textValues(service.documents), textValues(service.documentsSource)),
          field(1, textValues(service.fee?.text), textValues(service.timeLimit?.text)),
        ],
      };
    });
  }

  /** Services matching every word of the query, best first, in charter order among equals. */
  search(query: string): SearchHit[] {
    const queryWords = words(normalize(query));
    if (!queryWords.length) return [];
    const hits: SearchHit[] = [];
    for (const indexed of this.services) {
      let score = 0;
      for (const word of queryWords) {
        const wordScore = Math.max(...indexed.fields.map((f) => scoreWord(f, word)));
        if (wordScore === 0) {
          score = 0;
          break;
        }
        score += wordScore;
      }
      if (score > 0) hits.push({ entry: indexed.entry, score });
    }
    return hits.sort((a, b) => b.score - a.score);
  }
}

function scoreWord(field: IndexedField, word: string): number {
  const folded = fold(word);
  let score = 0;
  if (field.words.some((w) => w.startsWith(folded))) score = 2;
  else if (field.joined.includes(folded)) score = 1;
  if (score && field.exact.includes(word)) score += 0.5;
  return score * field.weight;
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
