/**
 * Long charter cells often hold several numbered parts in one paragraph: "১. আবেদন ফরম। ২. ছবি।", "ক) … খ) …",
 * "* … * …". splitParts finds them so the elements can show a list; each part keeps its marker, so the text
 * shown is still the charter's text, verbatim. No DOM here.
 */

const BANGLA_DIGITS = '০১২৩৪৫৬৭৮৯';
/** The Bangla consonants in the order lists count with them: ক) খ) গ) … */
const BANGLA_CONSONANTS = 'কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ';
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

type MarkerKind = { pattern: RegExp; ordinal: (marker: string) => number | undefined };

const MARKERS: MarkerKind[] = [
  // ১. / ১) / 1. / 1) — a number, then a dot or a closing bracket
  {
    pattern: /(?:^|\s)([০-৯0-9]{1,2}[.)])\s/gu,
    ordinal: (m) =>
      Number([...m.slice(0, -1)].map((d) => (BANGLA_DIGITS.includes(d) ? BANGLA_DIGITS.indexOf(d) : d)).join('')),
  },
  // ক) খ) … / a) b) …
  {
    pattern: /(?:^|\s)([\u0995-\u09b9a-z]\))\s/gu,
    ordinal: (m) => {
      const letter = m[0];
      const bangla = BANGLA_CONSONANTS.indexOf(letter);
      return bangla >= 0 ? bangla + 1 : LATIN_LETTERS.indexOf(letter) + 1 || undefined;
    },
  },
];

/**
 * The parts of a text, or undefined when it is one piece. Markers must count up from the first (১, ২, ৩ or ক, খ, গ),
 * so "৫ নম্বর গেইট" or a stray "২)" never splits a text.
 */
export function splitParts(text: string): string[] | undefined {
  const bullets = text.split(/(?:^|\s)\*\s+/u).filter((part) => part.trim());
  if (text.trimStart().startsWith('*') && bullets.length >= 2) return bullets.map((part) => `* ${part.trim()}`);
  for (const { pattern, ordinal } of MARKERS) {
    const starts: number[] = [];
    let expected = 1;
    for (const match of text.matchAll(pattern)) {
      if (ordinal(match[1]) !== expected) continue;
      starts.push(match.index! + match[0].indexOf(match[1]));
      expected++;
    }
    if (starts.length >= 2 && text.slice(0, starts[0]).trim() === '')
      return starts.map((start, i) => text.slice(start, starts[i + 1]).trim());
  }
  return undefined;
}
