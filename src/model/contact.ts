/**
 * Phone numbers, e-mail addresses and links as charters write them, shared by the elements and the importer.
 * No DOM here.
 */
import type { Office, Officer, Phone } from '../generated/charter-data.js';
import { type Locale, type ShownText, textIn, toAsciiDigits } from './text.js';

const BANGLADESH_MOBILE = /^1[3-9]\d{8}$/;
// Area code (2 for Dhaka, up to 4 digits elsewhere) and subscriber number, without the trunk 0. Ten digits is the
// newer form that puts every district behind 02 (০২৪৭৭৭০০০০১).
const BANGLADESH_LANDLINE = /^[2-9]\d{6,9}$/;
// What charters put between digits: white space, hyphens and dashes of every width, brackets, dots, and the danda (।)
// that ends a Bangla sentence.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212().\u0964]/g;

/**
 * A Bangladeshi phone number as printed (Bangla or ASCII digits, dashes, spaces, +৮৮০, 880 or 00880) in E.164, or
 * undefined when it is not a plausible number: `০১৮৫৭-২৭০৭৯৮` → `+8801857270798`, `০২-৯৫১৪১৪১` → `+88029514141`.
 */
export function toE164(printed: string): string | undefined {
  const compact = toAsciiDigits(printed).replace(SEPARATORS, '').replace(/^00/, '+');
  if (!/^\+?\d+$/.test(compact)) return undefined;
  let national: string;
  if (compact.startsWith('+880')) national = compact.slice(4);
  else if (compact.startsWith('+')) return undefined;
  else if (compact.startsWith('880') && compact.length >= 11) national = compact.slice(3);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else if (BANGLADESH_MOBILE.test(compact)) national = compact;
  else return undefined;
  national = national.replace(/^0/, '');
  if (BANGLADESH_MOBILE.test(national) || BANGLADESH_LANDLINE.test(national)) return `+880${national}`;
  return undefined;
}

/**
 * The number a charter phone calls: the printed text in E.164, or, when the text is not a plausible number on its own
 * (a note beside the digits), the charter's `e164` if that is one. The printed text wins, so the link always calls
 * the number a person reads.
 */
export function phoneE164(phone: Phone): string | undefined {
  return toE164(phone.text) ?? (phone.e164 === undefined ? undefined : toE164(phone.e164));
}

/** True for a Bangladeshi mobile number in E.164 (+8801…); anything else is a landline. */
export function isMobile(e164: string): boolean {
  return e164.startsWith('+8801');
}

// Dot-separated words of letters, digits, _ + - before the @; a domain of letter-digit-hyphen labels after it.
const EMAIL = /^[\w+-]+(?:\.[\w+-]+)*@(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,}$/i;

/**
 * True for an address that a mailto: link can carry as it is: nothing that a mail program would read as more than
 * the address (`?cc=`, `&`, `%`, quotes, spaces, markup).
 */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/**
 * An https/http address for a website as printed (`doict.kalukhali.rajbari.gov.bd`, `www.grs.gov.bd`), or undefined
 * for anything else: no javascript:, data: or other schemes ever become links.
 */
export function websiteHref(printed: string): string | undefined {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(printed) ? printed : `https://${printed}`;
  try {
    const url = new URL(candidate);
    // A user name or password before the host (x@example.gov.bd?cc=…) is a trick, never an office's website.
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return undefined;
    return /\.[a-z]{2,}$/i.test(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The officer's name, or the designation of an officer without one, in the UI locale (no honorific). */
export function contactName(officer: Officer, locale: Locale): string {
  return textIn(officer.name ?? officer.designation, locale)?.value ?? '';
}

/** The charter's office as one line, `name, location`, in the language of its name. */
export function officeIn(office: Office, locale: Locale): ShownText | undefined {
  const name = textIn(office.name, locale);
  const location = textIn(office.location, locale);
  return name && { lang: name.lang, value: location ? `${name.value}, ${location.value}` : name.value };
}
