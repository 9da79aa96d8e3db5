/**
 * The Bangla analyzer: how charter text and what people type become search terms. No search library handles Bangla
 * as it comes (see TOOLCHAIN.md), so every form of a word is made here and handed to MiniSearch as plain terms.
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

// A rough sound of a word as consonants, the same for Bangla script and for Bangla typed in Latin letters on a
// phone: প্রশিক্ষণ and "proshikkhon" are both "prskn", জন্ম নিবন্ধন and "jonmo nibondhon" are "jnm nbndn".
const BANGLA_LETTERS = 'কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহৎংv';
const BANGLA_LETTER_SOUNDS = 'kkggnccjjnttddnttddnpfbbmjrlssshtnv';
const LATIN_DIGRAPHS: Record<string, string> = {
  chh: 'c', ch: 'c', kh: 'k', gh: 'g', jh: 'j', th: 't', dh: 'd', ph: 'f', bh: 'b', sh: 's', ng: 'n',
  x: 'ks', q: 'k', v: 'b', z: 'j', w: '', y: '',
};

/** The sound key of one word, Bangla or romanized; undefined for words too short to say anything. */
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
      .map((c) => BANGLA_LETTER_SOUNDS[BANGLA_LETTERS.indexOf(c)] ?? '')
      .join('');
  else if (/^[a-z]+$/.test(text))
    key = text
      .replace(/^[aeiouw]/, 'V') // a first vowel, or the w of ওয়া / ওয়ে
      .replace(/chh|ch|kh|gh|jh|th|dh|ph|bh|sh|ng|[xqvzwy]/g, (d) => LATIN_DIGRAPHS[d])
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
