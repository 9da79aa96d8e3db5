/**
 * An officer as a vCard 4.0 (RFC 6350), the file a phone's contacts app imports. No DOM here.
 */
import type { Office, Officer } from '../generated/charter-data.js';
import { contactName, isEmail, isMobile, officeIn, phoneE164 } from './contact.js';
import { textLanguages } from '../i18n/locales.js';
import { type Locale, textExactly, textIn } from './text.js';

/**
 * The vCard of an officer, with the UI locale's texts:
 * - FN and N in every language of the UI locale and its fallbacks that the charter gives the name in (the designation
 *   for an officer without a name), grouped with ALTID and marked with LANGUAGE. The UI locale's comes last: Android's
 *   importer keeps the last FN and N it reads, and RFC 6350 gives alternatives no order. N holds the whole name as the
 *   given name and the honorific as the prefix: Bangladeshi names do not split into family and given names by rule,
 *   so none is guessed.
 * - TITLE (the designation) and ORG (the officer's own office, else `office`, the charter's office name and
 *   location) in the UI locale only: Android turns every TITLE and ORG into one more job entry.
 * - TEL as a tel: URI for every plausible number, `cell` for a mobile and `work,voice` for a landline; EMAIL for every
 *   well-formed address. Numbers and addresses the page shows as text only are left out.
 */
export function officerVCard(officer: Officer, locale: Locale, office?: Office): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', ...nameLines(officer, locale)];
  const title = textIn(officer.designation, locale);
  if (title) lines.push(`TITLE;LANGUAGE=${title.lang}:${escapeText(title.value)}`);
  const organization = officer.office ? textIn(officer.office, locale) : office && officeIn(office, locale);
  if (organization) lines.push(`ORG;LANGUAGE=${organization.lang}:${escapeText(organization.value)}`);
  for (const phone of officer.phones ?? []) {
    const e164 = phoneE164(phone);
    if (e164) lines.push(`TEL;VALUE=uri;TYPE=${isMobile(e164) ? 'cell' : 'work,voice'}:tel:${e164}`);
  }
  for (const email of officer.emails ?? []) if (isEmail(email)) lines.push(`EMAIL;TYPE=work:${email}`);
  lines.push('END:VCARD');
  return lines.map(foldVCardLine).join('\r\n') + '\r\n';
}

/** A file name for the officer's vCard: the contact name without characters that file systems refuse. */
export function vcardFileName(officer: Officer, locale: Locale): string {
  const safe = contactName(officer, locale)
    // eslint-disable-next-line no-control-regex -- control characters are among what it removes
    .replace(/[\\/:*?"<>|\x00-\x1f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe || 'contact'}.vcf`;
}

function nameLines(officer: Officer, locale: Locale): string[] {
  const name = officer.name ?? officer.designation;
  // The UI locale's last: see officerVCard.
  const names = textLanguages(locale)
    .reverse()
    .flatMap((lang) => {
      const value = textExactly(name, lang);
      if (!value) return [];
      const honorific = officer.name ? textExactly(officer.honorific, lang) : undefined;
      return [{ lang, value, honorific }];
    });
  const altId = names.length > 1 ? 'ALTID=1;' : '';
  return [
    ...names.map(
      ({ lang, value, honorific }) =>
        `FN;${altId}LANGUAGE=${lang}:${escapeText(honorific ? `${honorific} ${value}` : value)}`,
    ),
    ...names.map(
      ({ lang, value, honorific }) =>
        `N;${altId}LANGUAGE=${lang}:;${escapeText(value)};;${escapeText(honorific ?? '')};`,
    ),
  ];
}

/** RFC 6350 3.4: backslash, comma and semicolon are escaped with a backslash, a line break is written `\n`. */
function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

const LINE_OCTETS = 75;
const utf8 = new TextEncoder();

/**
 * RFC 6350 3.2: a line longer than 75 octets goes on after CRLF and a space. Counted in UTF-8 octets and cut between
 * letters: a Bangla letter (3 octets) is never split, nor parted from its vowel signs (কা) or from the letters of
 * its conjunct (র্য), unless that one letter is too long for a line of its own.
 */
function foldVCardLine(line: string): string {
  let folded = '';
  let octets = 0;
  // A character with the marks after it, and after a virama (্) the letter it joins in a conjunct (র্য).
  for (const letter of line.match(/.(?:[\p{M}\u200c\u200d]|(?<=\u09cd[\u200c\u200d]?).)*/gsu) ?? []) {
    const pieces = utf8.encode(letter).length < LINE_OCTETS ? [letter] : [...letter];
    for (const piece of pieces) {
      const size = utf8.encode(piece).length;
      if (octets + size > LINE_OCTETS) {
        folded += '\r\n ';
        octets = 1;
      }
      folded += piece;
      octets += size;
    }
  }
  return folded;
}
