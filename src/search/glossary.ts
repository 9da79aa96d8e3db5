/**
 * The glossary of public-service terms (data/search-glossary.txt): groups of words that mean the same to a citizen,
 * in Bangla, English and romanized Bangla. A query word or phrase found in a group is also searched as the group's
 * other terms. No DOM here.
 */
import { glossaryLines } from '../generated/search-glossary.js';
import { fold, stem, words } from './analyzer.js';

/** How a word is looked up: folded and without its case ending, so জমির and জমি, vaccines and vaccine meet. */
export function lookupKey(word: string): string {
  return stem(fold(word));
}

/** One group's terms, each as its words. */
type Group = string[][];

/** A glossary phrase found in a query: where it starts, how many words it covers, and what else it may be called. */
export interface Expansion {
  start: number;
  length: number;
  /** The group's other terms, each as its words. */
  terms: string[][];
}

// The longest glossary term in words; longer runs of a query are never looked up.
const LONGEST_TERM = 3;

let byKey: Map<string, Group[]> | undefined;

/** Every group a term's lookup key belongs to, parsed on first use. */
function groupsByKey(): Map<string, Group[]> {
  if (!byKey) {
    byKey = new Map();
    for (const line of glossaryLines) {
      const group: Group = line.split('|').map((term) => words(term)).filter((term) => term.length > 0);
      for (const term of group) {
        const key = term.map(lookupKey).join(' ');
        const groups = byKey.get(key) ?? [];
        if (!groups.includes(group)) groups.push(group);
        byKey.set(key, groups);
      }
    }
  }
  return byKey;
}

/**
 * The glossary phrases in a query's words (whole words only, up to three at a time), each with the other terms of
 * its groups. Overlapping phrases are all returned: "birth certificate" and "certificate" both expand.
 */
export function expansionsOf(queryWords: string[]): Expansion[] {
  const keys = queryWords.map(lookupKey);
  const found: Expansion[] = [];
  for (let start = 0; start < keys.length; start++)
    for (let length = 1; length <= LONGEST_TERM && start + length <= keys.length; length++) {
      const key = keys.slice(start, start + length).join(' ');
      const groups = groupsByKey().get(key);
      if (!groups) continue;
      const terms = groups.flat().filter((term) => term.map(lookupKey).join(' ') !== key);
      if (terms.length) found.push({ start, length, terms });
    }
  return found;
}
