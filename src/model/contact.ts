/**
 * Phone numbers, e-mail addresses and links as charters write them, shared by the elements and the importer.
 * No DOM here.
 */
import { toAsciiDigits } from './text.js';

const BANGLADESH_MOBILE = /^1[3-9]\d{8}$/;
// Area code (2 for Dhaka, up to 4 digits elsewhere) and subscriber number, without the trunk 0.
const BANGLADESH_LANDLINE = /^[2-9]\d{6,9}$/;

/**
 * A Bangladeshi phone number as printed (Bangla or ASCII digits, dashes, spaces, +৮৮০) in E.164, or undefined when
 * it is not a plausible number: `০১৮৫৭-২৭০৭৯৮` → `+8801857270798`, `০২-৯৫১৪১৪১` → `+88029514141`.
 */
export function toE164(printed: string): string | undefined {
  const compact = toAsciiDigits(printed).replace(/[\s\-().]/g, '');
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

/** True for an address that a mailto: link can carry: one @, a dot in the domain, no spaces or markup. */
export function isEmail(value: string): boolean {
  return /^[^\s@<>"()[\],;:]+@[^\s@<>"()[\],;:]+\.[a-z]{2,}$/i.test(value);
}

/**
 * An https/http address for a website as printed (`doict.kalukhali.rajbari.gov.bd`, `www.grs.gov.bd`), or undefined
 * for anything else: no javascript:, data: or other schemes ever become links.
 */
export function websiteHref(printed: string): string | undefined {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(printed) ? printed : `https://${printed}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return /\.[a-z]{2,}$/i.test(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
