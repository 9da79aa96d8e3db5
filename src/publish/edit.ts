/**
 * Editing charter data in the publishing page: a value at a path, a bilingual text one language at a time, and the
 * parsed values that sit beside a cell's text (fee, time limit, E.164 phone) worked out again from the new text. Every
 * edit gives a new object, never a changed one: the widgets' model is cached by object (src/model/charter.ts).
 */
import type { Phone, Text } from '../generated/charter-data.js';
import { parseFee, parseTimeLimit } from '../import/parse-values.js';
import type { CharterData } from '../model/charter.js';
import { toE164 } from '../model/contact.js';
import { type JsonPath, pathText as jsonPathText } from '../model/json-schema.js';
import { type Locale, textExactly } from '../model/text.js';

/** Where a value is in the charter data: `['serviceGroups', 0, 'services', 2, 'name']`. */
export type DataPath = (string | number)[];

/** A path as the validator writes it: `serviceGroups[0].services[2].name`. */
export function pathText(path: DataPath): string {
  return jsonPathText(path.reduce<JsonPath | undefined>((parent, key) => ({ parent, key }), undefined));
}

export function valueAt(data: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
}

/** A copy of `data` with the value at `path` replaced (undefined removes it), creating the objects on the way. */
export function withValueAt(data: CharterData, path: DataPath, value: unknown): CharterData {
  const copy = structuredClone(data);
  let parent = copy as unknown as Record<string | number, unknown>;
  for (const [i, key] of path.slice(0, -1).entries())
    parent = (parent[key] ??= typeof path[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** One language's value of a charter text; a plain string is Bangla. */
export function textPart(text: Text | undefined, lang: Locale): string {
  return textExactly(text, lang) ?? '';
}

/**
 * A text with one language's value replaced, the other languages' kept: Bangla alone is a plain string, as the
 * importer writes it; no value in any language is no text (undefined), or an empty string where the charter needs one
 * (the validator says so).
 */
export function withTextPart(text: Text | undefined, lang: Locale, value: string, required: boolean): Text | undefined {
  const parts: Record<string, string | undefined> = {
    ...(typeof text === 'string' ? { bn: text } : text),
    [lang]: value,
  };
  const langs = Object.keys(parts).filter((key) => parts[key]);
  if (!langs.length) return required ? '' : undefined;
  if (langs.length === 1 && langs[0] === 'bn') return parts.bn;
  return Object.fromEntries(langs.map((key) => [key, parts[key]]));
}

/**
 * The charter with one language of the text at `path` set. A fee's or time limit's text brings its parsed values
 * with it (from the Bangla, as the importer reads them), so they never contradict the text shown.
 */
export function withText(
  data: CharterData,
  path: DataPath,
  lang: Locale,
  value: string,
  required = false,
): CharterData {
  const text = withTextPart(valueAt(data, path) as Text | undefined, lang, value, required);
  const parent = path[path.length - 2];
  const cellPath = path.slice(0, -1);
  if (path[path.length - 1] === 'text' && (parent === 'fee' || parent === 'timeLimit')) {
    if (text === undefined) return withValueAt(data, cellPath, undefined);
    const parsed = parent === 'fee' ? parseFee(textPart(text, 'bn')) : parseTimeLimit(textPart(text, 'bn'));
    return withValueAt(data, cellPath, { ...parsed, text });
  }
  return withValueAt(data, path, text);
}

/** Lines of a list field (keywords, e-mails, phones), without blank ones. */
export function linesOf(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Phones as a person types them, one a line, each with its E.164 form when it is a Bangladeshi number. */
export function phonesOf(value: string): Phone[] {
  return linesOf(value).map((text) => {
    const e164 = toE164(text);
    return e164 ? { text, e164 } : { text };
  });
}
