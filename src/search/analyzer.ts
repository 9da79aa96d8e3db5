/**
 * The Bangla analyzer: how charter text and what people type become search terms. No search library handles Bangla
 * as it comes (MiniSearch keeps Bangla words whole but normalizes nothing; others split words at vowel signs or
 * strip the signs), so every form of a word is made here and handed to MiniSearch as plain terms.
 * No DOM here.
 */
import { toAsciiDigits } from '../model/text.js';

/**
 * One form for text as charters and people write it: NFC (precomposed and nukta forms of য় ড় ঢ় alike), khanda ta
 * however it is encoded, no ZWJ/ZWNJ, ASCII digits, lower case.
 */
export function normalize(text: string): string {
  return toAsciiDigits(
    text
      .normalize('NFC')
      .replace(/\u09a4\u09cd\u200d/g, '\u09ce') // ত্‍ (ta, hasanta, ZWJ) is khanda ta ৎ
      .replace(/[\u200c\u200d]/g, '')
      .toLowerCase(),
  );
}

// Letters real charters use interchangeably (সরকারি/সরকারী, প্রযোজ্য/প্রয়োজ্য, তাৎক্ষণিক/তাৎক্ষনিক, শ/ষ/স).
const VARIANTS: [RegExp, string][] = [
  [/ী/g, 'ি'],
  [/ূ/g, 'ু'],
  [/[ষস]/g, 'শ'],
  [/ণ/g, 'ন'],
  [/য\u09bc/g, 'য'], // য় after NFC: য and nukta
  [/ৎ/g, 'ত'],
  [/ঃ/g, ''],
  [/ঁ/g, ''],
  [/([\u0995-\u09b9])\u09cd\1/g, '$1'], // a doubled consonant written single: চলচ্চিত্র / চলচিত্র
];

/** The normalized text with spelling variants folded together. */
export function fold(text: string): string {
  return VARIANTS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), normalize(text));
}

// ZWJ/ZWNJ sit inside words; `\w` knows no Bangla, and `\p{L}` alone would split at every vowel sign.
const WORD = /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu;

/** The words of a text with where each starts, for highlighting matches in the text as printed. */
export function wordsAt(text: string): { word: string; start: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index! }));
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

// A rough sound of a word as consonants, the same for Bangla script, Bangla typed in Latin letters on a phone, and
// English loanwords: প্রশিক্ষণ and "proshikkhon" are both "prskn", জন্ম নিবন্ধন and "jonmo nibondhon" are "jnm nbndn",
// অ্যাম্বুলেন্স and "ambulance" are "vmblns".
// Each of SOUNDED_LETTERS sounds as the Latin letter at its place in LETTER_SOUNDS (v: a word's first vowel).
const SOUNDED_LETTERS = 'কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহৎংv';
const LETTER_SOUNDS = 'kkggnccjjnttddnttddnpfbbmjrlssshtnv';
// Latin spellings and the sound they make, tried in this order at each point of a word: English spellings first
// (-tion is শন, c before e/i/y is স, ph is ফ), then the digraphs romanized Bangla uses for aspirates.
const LATIN_SOUNDS: [RegExp, string | ((spelling: string) => string)][] = [
  [/[st]ion/g, 'sn'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/chh|ch/g, 'C'], // চ, kept apart from the c of "cat" until that is k
  [/c/g, 'k'],
  [/kh|gh|jh|th|dh|ph|bh|sh|ng|[xqvzwy]/g, (spelling) => LATIN_DIGRAPHS[spelling]],
  [/C/g, 'c'],
];
const LATIN_DIGRAPHS: Record<string, string> = {
  kh: 'k',
  gh: 'g',
  jh: 'j',
  th: 't',
  dh: 'd',
  ph: 'f',
  bh: 'b',
  sh: 's',
  ng: 'n',
  x: 'ks',
  q: 'k',
  v: 'b',
  z: 'j',
  w: '',
  y: '',
};

/** The sound key of one word, Bangla or Latin; undefined for words too short to say anything. */
export function soundKey(word: string): string | undefined {
  const text = normalize(word);
  let key: string;
  if (/[\u0980-\u09ff]/.test(text))
    key = [
      ...text
        .replace(/ক্ষ/g, 'ক')
        .replace(/জ্ঞ/g, 'গ')
        .replace(/[ডঢ]\u09bc/g, 'র') // ড় ঢ় sound as r; NFC keeps them as letter and nukta
        .replace(/য\u09bc|\u09cd\u09af/g, '') // য় is a vowel glide, য-ফলা (্য) only doubles a sound
        .replace(/[ঋৃ]/g, 'র')
        .replace(/^[অআইঈউঊএঐওঔ]/, 'v'), // a word's first vowel: without it উন্নয়ন would be only "n"
    ]
      .map((c) => LETTER_SOUNDS[SOUNDED_LETTERS.indexOf(c)] ?? '')
      .join('');
  else if (/^[a-z]+$/.test(text))
    key = LATIN_SOUNDS.reduce(
      (sound, [pattern, replacement]) =>
        typeof replacement === 'string' ? sound.replace(pattern, replacement) : sound.replace(pattern, replacement),
      text.replace(/^[aeiouw]/, 'V'), // a first vowel, or the w of ওয়া / ওয়ে
    )
      .replace(/[aeiou]/g, '')
      .replace('V', 'v');
  else return undefined;
  key = key.replace(/(.)\1+/g, '$1');
  return key.length >= 2 ? key : undefined;
}

/** True for a word typed in Latin letters: English, or Bangla romanized. */
export function isLatin(word: string): boolean {
  return /^[a-z]+$/i.test(word);
}

// Case and other endings a Bangla word takes (জমির, ভাতার জন্য, কৃষকদের, সেবাসমূহ, কপিটি, অফিসে, সমস্যায়), in folded
// form, longest first. A bare -র or -য় is an ending only after a vowel sign (জমির, সমস্যায়), not after a consonant
// (নম্বর, সময়) nor after ে (-ের is the ending there), and a bare -ে only after a consonant (অফিসে).
const BANGLA_SUFFIXES = ['যের', 'গুলো', 'গুলি', fold('সমূহ'), 'দের', 'ের', 'এর', 'তে', 'কে', 'টি', 'টা', 'ও'];
const AFTER_VOWEL_SIGN = /[\u09be-\u09c6\u09c8-\u09cc][রয]$/;
const AFTER_CONSONANT = /[\u0995-\u09b9]\u09c7$/;
const LETTER = /[\u0985-\u09b9\u09ce\u09dc-\u09df]/g;

/**
 * The stems of a folded word: Bangla without a case ending, English without a plural -s; none when it has no ending.
 * A Bangla word may read two ways (মাইকে: মাইক + -ে, or মাই + -কে), so each reading gives a stem, the longest
 * ending first. A stem keeps at least two letters (সার stays সার), never a syllable that matches everything.
 */
export function stems(folded: string): string[] {
  if (isLatin(folded)) {
    const singular = englishSingular(folded);
    return singular === folded ? [] : [singular];
  }
  // The longest listed ending (কৃষকদের is কৃষক + -দের, not কৃষকদ + -ের), and a bare one beside it.
  const endings = BANGLA_SUFFIXES.filter((suffix) => folded.endsWith(suffix)).slice(0, 1);
  if (AFTER_VOWEL_SIGN.test(folded) || AFTER_CONSONANT.test(folded)) endings.push(folded.slice(-1));
  const found = endings
    .map((ending) => folded.slice(0, folded.length - ending.length))
    .filter((rest) => (rest.match(LETTER)?.length ?? 0) >= 2);
  return [...new Set(found)];
}

function englishSingular(word: string): string {
  if (word.length < 5 || !word.endsWith('s') || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.slice(0, /(ch|sh|x|ss)es$/.test(word) ? -2 : -1);
}
