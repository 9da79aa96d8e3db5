/**
 * Parsed values beside a cell's text, filled only where the text says them plainly: a fee in taka and whether the
 * service is free, a time limit in days and whether they are working days, a date. No DOM here.
 */
import type { Fee, PublicationDate, TimeLimit } from '../generated/charter-data.js';
import { toAsciiDigits } from '../model/text.js';

const FREE = /^বিনা\s*মূল্যে/;

export function parseFee(text: string): Fee {
  const fee: Fee = { text };
  const plain = toAsciiDigits(text.trim());
  if (FREE.test(plain)) {
    fee.free = true;
    if (/^বিনা\s*মূল্যে।?$/.test(plain)) fee.amount = 0;
    return fee;
  }
  // One amount written "৫০০/-" or "৫০ টাকা"; a range or a fee by case ("২০০/- হতে ১,০০০/-") is left as text.
  const amounts = [...plain.matchAll(/(\d[\d,]*)\s*(?:\/-|টাকা)/g)];
  if (amounts.length === 1 && !/বিনা\s*মূল্যে|হতে|থেকে/.test(plain)) fee.amount = Number(amounts[0][1].replace(/,/g, ''));
  return fee;
}

const NUMBER_WORDS = ['এক', 'দুই', 'তিন', 'চার', 'পাঁচ', 'ছয়', 'সাত', 'আট', 'নয়', 'দশ'].map((word) =>
  word.normalize('NFC'),
);
const IMMEDIATE = /^(তাৎক্ষণিক|তাৎক্ষনিক|তাৎক্ষণিকভাবে|একই দিন|একই দিনে)।?$/;

export function parseTimeLimit(text: string): TimeLimit {
  const limit: TimeLimit = { text };
  const plain = toAsciiDigits(text.trim().normalize('NFC'));
  if (IMMEDIATE.test(plain)) {
    limit.days = 0;
    return limit;
  }
  const unit = /দিন|দিবস/;
  if (!unit.test(plain)) return limit;
  const numbers = [...plain.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const words = NUMBER_WORDS.map((word, i) =>
    new RegExp(`(^|\\s|\\()${word}(\\s|\\)|$)`).test(plain) ? i + 1 : 0,
  ).filter(Boolean);
  // "০৭ (সাত) কার্যদিবস" says seven twice; "সাত কর্ম দিবসের মধ্যে" once, in words.
  const days = numbers.length === 1 ? numbers[0] : numbers.length === 0 && words.length === 1 ? words[0] : undefined;
  if (days === undefined) return limit;
  limit.days = days;
  if (/(কার্য|কর্ম)\s*দিবস/.test(plain)) limit.workingDays = true;
  return limit;
}

/** A date printed day first (০১/০৭/২০২৬, 1-7-2026) as YYYY-MM-DD beside its text. */
export function parseDate(text: string): PublicationDate {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(toAsciiDigits(text.trim()));
  if (!match) return { text };
  const [, day, month, year] = match;
  return { text, date: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}
