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
  [/য়/g, 'য'],
  [/ঃ/g, ''],
];

/** The normalized text with spelling variants folded together, for matching; ranking prefers the exact form. */
export function fold(text: string): string {
  return VARIANTS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), normalize(text));
}

/** Words of Bangla or English text: `\w` knows no Bangla, and `\p{L}` alone would split at every vowel sign. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
