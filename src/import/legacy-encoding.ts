/**
 * Bangla in the legacy Bijoy encoding: typed with a Bijoy keyboard into an ANSI font such as SutonnyMJ and saved or
 * copied as Latin text ("Dc‡Rjv" is উপজেলা). Detecting it, and converting it to Unicode. No DOM, no Node.
 *
 * The font draws glyphs, not letters: a vowel sign that shows left of its consonant is typed first ("‡mev" is সেবা),
 * reph (©) is typed after the consonant it sits on ("Kg©" is কর্ম), and many conjuncts have a code of their own
 * ("ß" is প্ত). Conversion maps codes to letters, longest code first, then puts those signs in Unicode's order.
 */

export interface LegacyDetection {
  legacy: boolean;
  /** The first line that gave the encoding away, trimmed to 40 characters, to show a person. */
  sample?: string;
}

// Bijoy's codes outside ASCII: Latin-1 and the Windows-1252 extras (‡ ˆ Š š ™ …).
const NON_ASCII_CODES = '\\u00A1-\\u00FF\\u0152\\u0153\\u0160\\u0161\\u0178\\u02C6\\u02DC\\u2013-\\u2122';
const CODE = new RegExp(`[A-Za-z${NON_ASCII_CODES}]`);
// Codes of consonants and conjuncts: ASCII letters from K, _ and `, and the glyph codes.
const CONSONANT_CODE = `[K-Z_\`a-q${NON_ASCII_CODES}]`;
// Marks English has no use for: a left-side vowel sign before a consonant, or reph or a phala right after one.
const GIVEAWAY = new RegExp(`[‡†ˆ‰]${CONSONANT_CODE}|${CONSONANT_CODE}[©¨ªÖ«¥¡Ÿ¦¬]`);
const MIN_SHARE = 0.2;

/**
 * Whether text is Bangla in the Bijoy encoding. It is when at least one in five of its Latin words has a giveaway
 * mark (about half of a Bijoy text's words do: every এ-কার, reph and র-ফলা), and it has more Latin letters than
 * Unicode Bangla ones. English, and Unicode charters with English in them, stay well under that.
 */
export function detectLegacyBangla(text: string): LegacyDetection {
  const source = fromC1(text);
  const latin = source.match(/[A-Za-z]/g)?.length ?? 0;
  const bangla = source.match(/[\u0980-\u09FF]/g)?.length ?? 0;
  const words = source.split(/\s+/).filter((word) => CODE.test(word));
  const giveaways = words.filter((word) => GIVEAWAY.test(word));
  if (!giveaways.length || bangla >= latin || giveaways.length < words.length * MIN_SHARE) return { legacy: false };
  const line = source.split(/\r\n|\n|\r/).find((l) => GIVEAWAY.test(l)) ?? '';
  return { legacy: true, sample: line.trim().replace(/\s+/g, ' ').slice(0, 40) };
}

const WINDOWS_1252 = new TextDecoder('windows-1252');

/**
 * Text decoded as ISO-8859-1 (Node's 'latin1') instead of Windows-1252 has C1 controls where SutonnyMJ has glyphs
 * (U+0087 for ‡): read them as Windows-1252, as a browser's TextDecoder('latin1') does.
 */
function fromC1(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252.decode(Uint8Array.of(c.charCodeAt(0))));
}

const REPH = '\uE000'; // stands for র্ until it is moved before its consonant
const ZWJ = '\u200D';
const HASANT = '\u09CD';
const PRE_KARS = 'িেৈ';
const POST_KARS = 'াীুূৃৗ';

// The SutonnyMJ layout. Conjuncts made of a half letter (¯ স্, š ন্, ¤ ম্ …) and a second code are listed whole;
// a phala code after a full letter (¨ ্য, ª ্র, œ ্ন …) combines by itself.
const BIJOY: Record<string, string> = {
  // vowels and consonants (ড় ঢ় য় as single code points, which the reordering takes for one letter; NFC splits them)
  A: 'অ',
  Av: 'আ',
  B: 'ই',
  C: 'ঈ',
  D: 'উ',
  E: 'ঊ',
  F: 'ঋ',
  G: 'এ',
  H: 'ঐ',
  I: 'ও',
  J: 'ঔ',
  K: 'ক',
  L: 'খ',
  M: 'গ',
  N: 'ঘ',
  O: 'ঙ',
  P: 'চ',
  Q: 'ছ',
  R: 'জ',
  S: 'ঝ',
  T: 'ঞ',
  U: 'ট',
  V: 'ঠ',
  W: 'ড',
  X: 'ঢ',
  Y: 'ণ',
  Z: 'ত',
  _: 'থ',
  '`': 'দ',
  a: 'ধ',
  b: 'ন',
  c: 'প',
  d: 'ফ',
  e: 'ব',
  f: 'ভ',
  g: 'ম',
  h: 'য',
  i: 'র',
  j: 'ল',
  k: 'শ',
  l: 'ষ',
  m: 'স',
  n: 'হ',
  o: '\u09DC',
  p: '\u09DD',
  q: '\u09DF',
  r: 'ৎ',
  s: 'ং',
  t: 'ঃ',
  u: 'ঁ',
  // vowel signs, with the font's alternative shapes
  v: 'া',
  w: 'ি',
  x: 'ী',
  y: 'ু',
  z: 'ু',
  '“': 'ু',
  æ: 'ু',
  '~': 'ূ',
  ƒ: 'ূ',
  '‚': 'ূ',
  '„': 'ৃ',
  '…': 'ৃ',
  '‡': 'ে',
  '†': 'ে',
  ˆ: 'ৈ',
  '‰': 'ৈ',
  Š: 'ৗ',
  // hasant, reph and phalas
  '&': HASANT,
  '©': REPH,
  '¨': '্য',
  ª: '্র',
  Ö: '্র',
  '«': '্র',
  œ: '্ন',
  '¥': '্ম',
  '¡': '্ব',
  Ÿ: '্ব',
  '¦': '্ব',
  '¬': '্ল',
  '\u00AD': '্ল',
  ø: '্ল',
  'i¨': `র${ZWJ}্য`,
  // conjuncts with a code of their own
  '°': 'ক্ক',
  '±': 'ক্ট',
  '²': 'ক্ষ্ম',
  '³': 'ক্ত',
  µ: 'ক্র',
  '¶': 'ক্ষ',
  ÿ: 'ক্ষ',
  '·': 'ক্স',
  '¸': 'গু',
  '»': 'গ্ধ',
  '¼': 'ঙ্ক',
  '½': 'ঙ্গ',
  '¾': 'জ্জ',
  À: 'জ্ঝ',
  Á: 'জ্ঞ',
  Â: 'ঞ্চ',
  Ã: 'ঞ্ছ',
  Ä: 'ঞ্জ',
  Å: 'ঞ্ঝ',
  Æ: 'ট্ট',
  Ç: 'ড্ড',
  È: 'ণ্ট',
  É: 'ণ্ঠ',
  Ê: 'ণ্ড',
  Ë: 'ত্ত',
  Ì: 'ত্থ',
  Î: 'ত্র',
  Ï: 'দ্দ',
  '×': 'দ্ধ',
  Ø: 'দ্ব',
  Ù: 'দ্ম',
  Ú: 'ন্ঠ',
  Û: 'ন্ড',
  Ü: 'ন্ধ',
  Ý: 'ন্স',
  Þ: 'প্ট',
  ß: 'প্ত',
  à: 'প্প',
  á: 'প্স',
  â: 'ব্জ',
  ã: 'ব্দ',
  ä: 'ব্ধ',
  å: 'ভ্র',
  ç: 'ম্ফ',
  é: 'ল্ক',
  ê: 'ল্গ',
  ë: 'ল্ট',
  ì: 'ল্ড',
  í: 'ল্প',
  î: 'ল্ফ',
  ï: 'শু',
  ð: 'শ্চ',
  ò: 'ষ্ণ',
  ó: 'ষ্ট',
  ô: 'ষ্ঠ',
  õ: 'ষ্ফ',
  ö: 'স্খ',
  '÷': 'স্ট',
  ù: 'স্ফ',
  û: 'হু',
  ü: 'হৃ',
  ý: 'হ্ন',
  þ: 'হ্ম',
  nè: 'হ্ণ',
  // conjuncts from a half letter and a second code
  '”P': 'চ্চ',
  '”Q': 'চ্ছ',
  '”T': 'চ্ঞ',
  '•L': 'ঙ্খ',
  '•N': 'ঙ্ঘ',
  '•¶': 'ঙ্ক্ষ',
  '˜M': 'দ্গ',
  '˜N': 'দ্ঘ',
  '˜¡': 'দ্ব',
  '™¢': 'দ্ভ',
  '›U': 'ন্ট',
  '›`': 'ন্দ',
  '›Ø': 'ন্দ্ব',
  šÍ: 'ন্ত',
  'š—': 'ন্ত',
  'š¿': 'ন্ত্র',
  'š’': 'ন্থ',
  'š‘': 'ন্তু',
  'š^': 'ন্ব',
  'Y^': 'ণ্ব',
  '¤ú': 'ম্প',
  '¤^': 'ম্ব',
  '¤¢': 'ম্ভ',
  '¤£': 'ম্ভ্র',
  '¤§': 'ম্ম',
  '¤\u00AD': 'ম্ল',
  '®‹': 'ষ্ক',
  '®Œ': 'ষ্ক্র',
  '®ú': 'ষ্প',
  '®§': 'ষ্ম',
  '¯‹': 'স্ক',
  '¯Œ': 'স্ক্র',
  '¯—': 'স্ত',
  '¯Í': 'স্ত',
  '¯‘': 'স্তু',
  '¯¿': 'স্ত্র',
  '¯’': 'স্থ',
  '¯ú': 'স্প',
  '¯^': 'স্ব',
  '¯§': 'স্ম',
  '¯\u00AD': 'স্ল',
  // half letters before a full one (¤cÖ ম্প্র)
  '¤': 'ম্',
  '¯': 'স্',
  '®': 'ষ্',
  // digits and punctuation
  '0': '০',
  '1': '১',
  '2': '২',
  '3': '৩',
  '4': '৪',
  '5': '৫',
  '6': '৬',
  '7': '৭',
  '8': '৮',
  '9': '৯',
  '|': '।',
  Ô: '‘',
  Õ: '’',
  Ò: '“',
  Ó: '”',
};
const CODES = new RegExp(
  Object.keys(BIJOY)
    .sort((a, b) => b.length - a.length)
    .map((code) => code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);
// E-mail addresses and web addresses were typed in a Latin font: they stay as they are.
const LATIN_RUNS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+/g;

/**
 * Bijoy (SutonnyMJ) text to Unicode Bangla, in NFC. An English word typed in a Latin font among the Bijoy text is
 * converted too (its letters are Bijoy codes); e-mail and web addresses are kept.
 */
export function bijoyToUnicode(text: string): string {
  const source = fromC1(text);
  let out = '';
  let last = 0;
  for (const match of source.matchAll(LATIN_RUNS)) {
    out += convert(source.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return (out + convert(source.slice(last))).normalize('NFC');
}

function convert(bijoy: string): string {
  const letters = bijoy.replace(CODES, (code) => BIJOY[code]);
  // NFC (in bijoyToUnicode) then joins ে with a following া or ৗ into ো or ৌ.
  return placePreKars(placeReph(letters)).replace(/ঁ([াীুূৃৗ])/g, '$1ঁ');
}

const isConsonant = (c: string | undefined) => !!c && /[\u0995-\u09B9\u09DC\u09DD\u09DF]/.test(c);

/** Where the consonant cluster (ক, ক্ষ, স্ত্র…) that ends just before `end` starts; `end` if there is none. */
function clusterStart(s: string, end: number): number {
  if (!isConsonant(s[end - 1])) return end;
  let start = end - 1;
  while (s[start - 1] === HASANT && isConsonant(s[start - 2])) start -= 2;
  return start;
}

/** Where the consonant cluster that starts at `start` ends; `start` if there is none. */
function clusterEnd(s: string, start: number): number {
  if (!isConsonant(s[start])) return start;
  let end = start + 1;
  while (s[end] === HASANT && isConsonant(s[end + 1])) end += 2;
  return end;
}

/** Reph comes after its cluster (and sometimes after that cluster's vowel sign) in Bijoy, before it in Unicode. */
function placeReph(s: string): string {
  let out = s;
  for (let at = out.indexOf(REPH); at >= 0; at = out.indexOf(REPH)) {
    let end = at;
    while (end > 0 && POST_KARS.includes(out[end - 1])) end--;
    const start = clusterStart(out, end);
    out = `${out.slice(0, start)}র${HASANT}${out.slice(start, at)}${out.slice(at + 1)}`;
  }
  return out;
}

/** ি, ে and ৈ come before their cluster in Bijoy, after it in Unicode. */
function placePreKars(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const end = PRE_KARS.includes(c) ? clusterEnd(s, i + 1) : i + 1;
    if (end > i + 1) {
      out += s.slice(i + 1, end) + c;
      i = end - 1;
    } else out += c;
  }
  return out;
}
