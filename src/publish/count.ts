import { getLocale } from '../i18n/locale.js';
import { digitsFor } from '../model/text.js';

/** A number as the UI writes it: Bangla digits in Bangla. */
export function count(value: number): string {
  return digitsFor(String(value), getLocale());
}
