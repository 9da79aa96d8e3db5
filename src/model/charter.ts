/**
 * The charter model: validated charter data with its officers by id and its services in charter order, and the one
 * way to get there from untrusted text or JSON. No DOM here: the elements, the command line and the tests share it.
 */
import type { Charter as CharterData, Officer, Service, ServiceGroup } from '../generated/charter-data.js';
import { finished } from './json-schema.js';
import { LIMITS, type ValidationIssue, type ValidationResult, validateCharter, validationSteps } from './validate.js';

export type { CharterData, Officer, Service, ServiceGroup };

export interface ServiceEntry {
  service: Service;
  group: ServiceGroup;
}

export interface Charter {
  readonly data: CharterData;
  readonly officers: ReadonlyMap<string, Officer>;
  /** Every service of every group, in charter order. */
  readonly services: readonly ServiceEntry[];
  readonly serviceById: ReadonlyMap<string, ServiceEntry>;
}

/** Why a charter could not be had. `source` is the URL, or `inline` / `property` for the other two ways in. */
export type CharterError =
  | { kind: 'missing' }
  /** `src="#ID"` names no `<script type="application/json" id="ID">` on the page. */
  | { kind: 'page-script'; source: string }
  /** `src` is no URL (`http://[`). */
  | { kind: 'bad-src'; source: string }
  | { kind: 'network'; source: string; message: string }
  /** `src` gave no answer within the element's `timeout`. */
  | { kind: 'timeout'; source: string; seconds: number }
  /** A page opened from the disk (file://), where browsers do not let a page read files. */
  | { kind: 'file'; source: string }
  | { kind: 'http'; source: string; status: number; statusText: string }
  | { kind: 'json'; source: string; message: string; line: number; column: number }
  | { kind: 'invalid'; source: string; issues: ValidationIssue[] };

export type CharterResult = { ok: true; charter: Charter } | { ok: false; error: CharterError };

const byObject = new WeakMap<object, CharterResult>();

/**
 * Validates charter JSON (already parsed) and builds the model. The same object always gives the same result, so
 * elements handed one charter object share one model.
 */
export function charterFromJson(json: unknown, source: string): CharterResult {
  const cached = json !== null && typeof json === 'object' ? byObject.get(json) : undefined;
  if (cached) return cached;
  const result = resultOf(validateCharter(json), source);
  if (json !== null && typeof json === 'object') byObject.set(json, result);
  return result;
}

/** Parses charter JSON text; a syntax error is reported with its line and column. */
export function charterFromText(text: string, source: string): CharterResult {
  return finished(charterSteps(text, source));
}

/**
 * charterFromText in steps of a few milliseconds (it yields between them), for a caller that lets the page paint and
 * answer between the steps of a large charter.
 */
export function* charterSteps(text: string, source: string): Generator<void, CharterResult> {
  if (text.length > LIMITS.jsonCharacters)
    return {
      ok: false,
      error: {
        kind: 'invalid',
        source,
        issues: [{ path: '', kind: 'too-long', limit: LIMITS.jsonCharacters, found: text.length }],
      },
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    return {
      ok: false,
      error: { kind: 'json', source, message, ...lineAndColumn(text, errorPosition(text, message)) },
    };
  }
  yield;
  return resultOf(yield* validationSteps(json), source);
}

function resultOf(validation: ValidationResult, source: string): CharterResult {
  return validation.valid
    ? { ok: true, charter: indexCharter(validation.data) }
    : { ok: false, error: { kind: 'invalid', source, issues: validation.issues } };
}

const UNFINISHED = /end of (JSON )?(input|data)/i;

/**
 * Where JSON.parse gave up. Engines do not all say (V8's "Unexpected token" messages give no position), so when the
 * message does not, find the shortest prefix of the text that is already wrong rather than only unfinished.
 */
function errorPosition(text: string, message: string): number {
  const stated = /position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  if (UNFINISHED.test(message)) return text.length;
  const wrong = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (e) {
      const { message } = e as Error;
      const at = /position (\d+)/.exec(message);
      return at ? Number(at[1]) < length : !UNFINISHED.test(message);
    }
  };
  let low = 0;
  let high = text.length; // the whole text is wrong
  while (low < high) {
    const middle = (low + high) >> 1;
    if (wrong(middle)) high = middle;
    else low = middle + 1;
  }
  return high - 1;
}

export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function indexCharter(data: CharterData): Charter {
  const officers = new Map((data.officers ?? []).map((officer) => [officer.id, officer]));
  const services = data.serviceGroups.flatMap((group) => group.services.map((service) => ({ service, group })));
  const serviceById = new Map(services.map((entry) => [entry.service.id, entry]));
  return { data, officers, services, serviceById };
}
