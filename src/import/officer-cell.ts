/**
 * An officer cell as charters print it ("জনাব মোঃ মিলন হোসেন সহকারী প্রোগ্রামার মোবাইল-০১৮৫৭২৭০৭৯৮
 * ap.kalukhali@doict.gov.bd", "উপজেলা নির্বাহী অফিসার, শ্রীপুর, মাগুরা, ফোন: …") split into honorific, name,
 * designation, office, phones and e-mails, with the phone and e-mail parsing <officer-contact> uses. No DOM here.
 */
import type { Officer, Phone } from '../generated/charter-data.js';
import { linkify } from '../model/linkify.js';

export interface OfficerParts {
  honorific?: string;
  name?: string;
  designation?: string;
  office?: string;
  phones: Phone[];
  emails: string[];
  website?: string;
}

const HONORIFIC = /^(জনাব|জনাবা|বেগম|ডাঃ|ডা\.|ড\.|প্রফেসর|প্রকৌশলী)\s+/;
// The word a charter prints before a phone, e-mail or website ("মোবাইল-", "ফোন:", "ই-মেইল:"); a phone keeps its label.
const LABEL =
  /(?:(মোবাইল|মোবা|ফোন|টেলিফোন|টেলি|mobile|phone|tel)|ই-?\s?মেইল|ইমেইল|e-?mail|ওয়েবসাইট|ওয়েব|website|web)\s*[:ঃ\-–]?\s*$/iu;
// Words a designation starts with, so a cell without commas can be cut between the name and the designation.
const DESIGNATION_START =
  /(^|\s)(সহকারী|সহকারি|জেলা|উপজেলা|উপ-?পরিচালক|পরিচালক|মহাপরিচালক|অতিরিক্ত|সিনিয়র|জ্যেষ্ঠ|প্রধান|সচিব|চেয়ারম্যান|চেয়ারম্যান|সদস্য|উদ্যোক্তা|প্রোগ্রামার|কর্মকর্তা|অফিসার|প্রকৌশলী|কমিশনার|ইউএনও|হিসাবরক্ষক|প্রশাসনিক)(\s|$)/u;

/** The parts of an officer cell; what is not a phone, e-mail or website is honorific, name, designation and office. */
export function parseOfficerCell(text: string): OfficerParts {
  const parts: OfficerParts = { phones: [], emails: [] };
  // The contacts are found as <charter-services> links them in printed cells; the rest is the officer's words.
  let rest = '';
  for (const segment of linkify(text.normalize('NFC'))) {
    if (!segment.href) {
      rest += segment.text;
      continue;
    }
    const label = LABEL.exec(rest);
    if (label) rest = rest.slice(0, label.index);
    rest += ' ';
    if (segment.href.startsWith('tel:'))
      parts.phones.push({
        text: segment.text,
        ...(label?.[1] ? { label: label[1] } : {}),
        e164: segment.href.slice(4),
      });
    else if (segment.href.startsWith('mailto:')) parts.emails.push(segment.href.slice('mailto:'.length));
    else parts.website = segment.href.replace(/\/$/, '');
  }
  const pieces = rest
    .split(/[,;।\n]/)
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter((piece) => piece && !/^(মোবাইল|ফোন|ই-?মেইল|ওয়েব)\s*[:ঃ]?$/u.test(piece));
  if (!pieces.length) return parts;
  let first = pieces.shift()!;
  const honorific = HONORIFIC.exec(first);
  if (honorific) {
    parts.honorific = honorific[1];
    first = first.slice(honorific[0].length);
  }
  if (pieces.length) {
    // Commas separate the parts: a first part without an honorific that reads as a designation is one.
    if (!honorific && DESIGNATION_START.test(first)) parts.designation = first;
    else {
      parts.name = first;
      parts.designation = pieces.shift();
    }
  } else {
    const cut = honorific || !DESIGNATION_START.test(first) ? first.search(DESIGNATION_START) : 0;
    if (cut > 0) {
      parts.name = first.slice(0, cut).trim();
      parts.designation = first.slice(cut).trim();
    } else if (cut === 0 && !honorific) parts.designation = first;
    else parts.name = first;
  }
  if (pieces.length) parts.office = pieces.join(', ');
  return parts;
}

/** True when a cell names a person or a post, not only a place or an address. */
export function isOfficer(parts: OfficerParts): boolean {
  return !!(parts.honorific || (parts.designation && (parts.phones.length || parts.emails.length)));
}

/**
 * The officers of one charter, each defined once: the same person in many rows (or written with and without commas)
 * is one officer with one id, and their phones and e-mails add up.
 */
export class OfficerRegistry {
  readonly officers: Officer[] = [];
  private readonly byKey = new Map<string, Officer>();

  add(parts: OfficerParts): string {
    const key = (parts.name ?? `${parts.designation ?? ''}|${parts.office ?? ''}`).replace(/\s+/g, ' ');
    let officer = this.byKey.get(key);
    if (!officer) {
      officer = { id: `officer-${this.officers.length + 1}` };
      if (parts.honorific) officer.honorific = parts.honorific;
      if (parts.name) officer.name = parts.name;
      if (parts.designation) officer.designation = parts.designation;
      if (parts.office) officer.office = parts.office;
      this.officers.push(officer);
      this.byKey.set(key, officer);
    }
    for (const phone of parts.phones)
      if (!officer.phones?.some((known) => known.e164 === phone.e164)) (officer.phones ??= []).push(phone);
    for (const email of parts.emails) if (!officer.emails?.includes(email)) (officer.emails ??= []).push(email);
    return officer.id;
  }
}
