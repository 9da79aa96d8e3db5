/**
 * The glossary of public-service terms (data/search-glossary.txt): groups of words that mean the same to a citizen,
 * in Bangla, English and romanized Bangla. A query word or phrase found in a group is also searched as the group's
 * other terms; its "?" lines are the words that only ask (কোথায়, how), which a query's other words outrank. It is a
 * file of its own beside the drop-in script, loaded when a search index is first built (14 KB brotli, half the script
 * again): the script's entry point says where it is, Node code and the tests hand it over. No DOM here.
 */
import { fold, isLatin, stems, words } from './analyzer.js';
import { type GlossarySource, glossarySource } from './glossary-source.js';

// How long search waits for the glossary before it goes on without (and takes the glossary whenever it comes).
const GLOSSARY_WAIT_MS = 5000;

let glossaryLines: readonly string[] = [];
let loadedSource: GlossarySource | undefined;
let loading: Promise<void> | undefined;
let byKey: Map<string, Group[]> | undefined;
let latinWords: string[] = [];
let functionWords = new Set<string>();

/** Forgets what was loaded when the glossary's source has changed since (setGlossarySource). */
function followSource(): void {
  if (glossarySource() === loadedSource) return;
  loadedSource = glossarySource();
  loading = undefined;
  glossaryLines = [];
  byKey = undefined;
  functionWords = new Set();
}

/**
 * Loads the glossary on the first call. Settles when it is in, when it failed (search works without it, knowing
 * only the charter's own words), or after GLOSSARY_WAIT_MS.
 */
export function glossaryReady(): Promise<void> {
  followSource();
  const source = loadedSource;
  loading ??= new Promise((resolve) => {
    if (!source) return resolve();
    const timer = setTimeout(resolve, GLOSSARY_WAIT_MS);
    source()
      .then((lines) => {
        if (source !== loadedSource) return;
        glossaryLines = lines;
        byKey = undefined;
        functionWords = new Set();
        // Read now, while the index is built, rather than on the first keystroke.
        groupsByKey();
      })
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        resolve();
      });
  });
  return loading;
}

/**
 * How a glossary word is looked up: folded and without its case ending, so জমির and জমি, vaccines and vaccine meet;
 * the first reading of a word with two.
 */
function lookupKey(word: string): string {
  const folded = fold(word);
  return stems(folded)[0] ?? folded;
}

/** Every key a query word may be looked up by: each of its readings, and the word itself. */
function lookupKeys(word: string): string[] {
  const folded = fold(word);
  return [...stems(folded), folded].map((key) => spelledAsGlossary(key));
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

/** Every group a term's lookup key belongs to, parsed on first use. */
function groupsByKey(): Map<string, Group[]> {
  followSource();
  if (!byKey) {
    byKey = new Map();
    const keys = new Set<string>();
    for (const line of glossaryLines.filter((line) => line.startsWith('?')))
      words(line).forEach((word) => functionWords.add(fold(word)));
    for (const line of glossaryLines.filter((line) => !line.startsWith('?'))) {
      // A query's words that only ask are not looked up, so a term's are not either (প্রসবপূর্ব সেবা is প্রসবপূর্ব).
      const group: Group = line
        .split('|')
        .map((term) => words(term).filter((word) => !functionWords.has(fold(word))))
        .filter((term) => term.length > 0);
      for (const term of group) {
        term.forEach((word) => keys.add(lookupKey(word)));
        const key = term.map(lookupKey).join(' ');
        const groups = byKey.get(key) ?? [];
        if (!groups.includes(group)) groups.push(group);
        byKey.set(key, groups);
      }
    }
    latinWords = [...keys].filter(isLatin);
  }
  return byKey;
}

/**
 * True for a word that only asks (কোথায়, how; the glossary's "?" line): it does not count as a word to match when a
 * query has others.
 */
export function isFunctionWord(word: string): boolean {
  groupsByKey();
  return functionWords.has(fold(word));
}

/**
 * A Latin word as the glossary spells it: itself when the glossary has it, else the glossary's word one typo away
 * (two for words of eight letters or more), so "allowence" still finds its Bangla equivalents.
 */
function spelledAsGlossary(key: string): string {
  if (!isLatin(key) || key.length < 4 || groupsByKey().has(key)) return key;
  const allowed = key.length >= 8 ? 2 : 1;
  let best = key;
  let bestDistance = allowed + 1;
  for (const word of latinWords) {
    const distance = editDistance(key, word, bestDistance - 1);
    if (distance < bestDistance) [best, bestDistance] = [word, distance];
  }
  return best;
}

/**
 * Edit distance with two letters swapped as one edit (tets for test, a phone keyboard's commonest slip), or more
 * than `most` as soon as it is sure to be.
 */
function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let [before, previous] = [[] as number[], Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        current[j] = Math.min(current[j], before[j - 2] + 1);
    }
    if (Math.min(...current) > most) return most + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}

/**
 * The glossary phrases in a query's words (whole words only, up to three at a time), each with the other terms of
 * its groups. Overlapping phrases are all returned: "birth certificate" and "certificate" both expand.
 */
export function expansionsOf(queryWords: string[]): Expansion[] {
  const keys = queryWords.map(lookupKeys);
  const found: Expansion[] = [];
  for (let start = 0; start < keys.length; start++)
    for (let length = 1; length <= LONGEST_TERM && start + length <= keys.length; length++) {
      const phrases = keys
        .slice(start, start + length)
        .reduce<string[]>(
          (heads, options) => heads.flatMap((head) => options.map((key) => (head ? `${head} ${key}` : key))),
          [''],
        );
      const key = phrases.find((phrase) => groupsByKey().has(phrase));
      if (key === undefined) continue;
      const terms = groupsByKey()
        .get(key)!
        .flat()
        .filter((term) => term.map(lookupKey).join(' ') !== key);
      if (terms.length) found.push({ start, length, terms });
    }
  return found;
}
