/**
 * Finds the phone numbers, e-mail addresses and websites inside a cell as printed ("…, মোবাইল: ০১৭০০-০০০১১১,
 * ই-মেইল: dio.magura@pid.gov.bd"), so they can be tapped while the cell's text stays exactly as the charter wrote
 * it. Only what the contact parsers accept becomes a link. No DOM here.
 */
import { isEmail, toE164, websiteHref } from './contact.js';

export interface TextSegment {
  text: string;
  /** A tel:, mailto: or http(s): link, for the segments that are contacts. */
  href?: string;
}

// Each kind of contact starts only where a word starts and is bounded in length, so that the scan stays linear: an
// unbounded pattern tried at every position of a 100,000-character cell with no spaces took seconds. A phone number
// is a run of at most 26 digits and dashes (a longer run is no number); an e-mail's name part has at most 64
// characters, its domain 253 (RFC 5321), its @ may be written [at]; ঃ (visarga) is how Bangla writes the colon in
// "ই-মেইলঃ". A number may also be written in two groups with a space ("০১৭১১ ০০০৩৮৬", "০৫৮২২ ৫৬০৩১"), its first of
// 3 to 5 digits.
const CONTACT =
  /(?<![০-৯0-9])[০-৯0-9]{3,5} [০-৯0-9]{5,7}(?![০-৯0-9])|(?<![০-৯0-9])(?:\+?[৮8][৮8][০0][\s-]?)?[০-৯0-9][০-৯0-9\-\u2010-\u2015\u2212]{5,24}[০-৯0-9](?![০-৯0-9])|(?<![^\s@,;:()<>"'ঃ])[^\s@,;:()<>"'ঃ[\]]{1,64}(?:@|\[at\]|\(at\))[^\s@,;:()<>"'[\]]{1,253}\.[a-z]{2,}|(?<![^\s,;:()<>"'।ঃ])(?:https?:\/\/|www\.)[^\s,;()<>"'।]+[^\s,;()<>"'।.]/giu;

export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(CONTACT)) {
    const found = match[0];
    // An address written with [at] for its @, against harvesting: the link has the @.
    const address = found.replace(/\[at\]|\(at\)/i, '@');
    const href = address.includes('@')
      ? isEmail(address) && `mailto:${address}`
      : /^(https?:|www\.)/i.test(found)
        ? websiteHref(found)
        : toE164(found) && `tel:${toE164(found)}`;
    if (!href) continue;
    if (match.index! > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: found, href });
    last = match.index! + found.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
