import type { Charter as CharterData } from '../generated/charter-data.js';
import { charterSchema } from '../generated/charter-schema.js';
import { excerpt, type JsonPath, pathText, type SchemaIssue, validateSchema } from './json-schema.js';

/** A problem in a charter: a schema issue, a reference the schema cannot check, or a limit passed. */
export type ValidationIssue =
  | SchemaIssue
  | { path: string; kind: 'unknown-officer'; id: string }
  | { path: string; kind: 'duplicate-id'; id: string; first: string }
  | { path: string; kind: 'too-deep'; limit: number }
  | { path: string; kind: 'too-long'; limit: number; found: number }
  | { path: string; kind: 'too-many-services'; limit: number; found: number };

export type ValidationResult = { valid: true; data: CharterData } | { valid: false; issues: ValidationIssue[] };

/**
 * Limits no real charter comes near (the largest have a few hundred services and cells of a few hundred characters),
 * with room for the 10,000-service charters of the benchmarks, that stop a runaway input before it costs a reader's
 * phone seconds or overflows the validator's stack.
 */
export const LIMITS = {
  /** Characters of charter JSON: about 30 MB of Bangla text. */
  jsonCharacters: 30_000_000,
  depth: 64,
  textCharacters: 10_000,
  services: 20_000,
};

/** Checks untrusted JSON: its limits, then data/charter.schema.json, then the ids the schema cannot check. */
export function validateCharter(json: unknown): ValidationResult {
  const limitIssues = checkLimits(json);
  if (limitIssues.length) return { valid: false, issues: limitIssues };
  const schemaIssues = validateSchema(charterSchema, json);
  if (schemaIssues.length) return { valid: false, issues: schemaIssues };
  const data = json as CharterData;
  const services = data.serviceGroups.reduce((count, group) => count + group.services.length, 0);
  if (services > LIMITS.services)
    return { valid: false, issues: [{ path: 'serviceGroups', kind: 'too-many-services', limit: LIMITS.services, found: services }] };
  const issues = checkIds(data);
  return issues.length ? { valid: false, issues } : { valid: true, data };
}

/** The values nested too deep and the texts too long, found without recursion (a deep value would overflow it). */
function checkLimits(json: unknown): ValidationIssue[] {
  if (withinLimits(json)) return [];
  const issues: ValidationIssue[] = [];
  const pending: [value: unknown, path: JsonPath | undefined, depth: number][] = [[json, undefined, 0]];
  while (pending.length) {
    const [value, path, depth] = pending.pop()!;
    if (typeof value === 'string' && value.length > LIMITS.textCharacters)
      issues.push({ path: pathText(path), kind: 'too-long', limit: LIMITS.textCharacters, found: value.length });
    if (value === null || typeof value !== 'object') continue;
    if (depth >= LIMITS.depth) {
      issues.push({ path: excerpt(pathText(path)), kind: 'too-deep', limit: LIMITS.depth });
      continue;
    }
    if (Array.isArray(value)) value.forEach((child, key) => pending.push([child, { parent: path, key }, depth + 1]));
    else for (const key of Object.keys(value)) pending.push([(value as Record<string, unknown>)[key], { parent: path, key }, depth + 1]);
  }
  return issues;
}

/** The same walk without the paths, for the common case of a charter within every limit: nothing to say where. */
function withinLimits(json: unknown): boolean {
  const values: unknown[] = [json];
  const depths: number[] = [0];
  while (values.length) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (typeof value === 'string' && value.length > LIMITS.textCharacters) return false;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= LIMITS.depth) return false;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return true;
}

function checkIds(data: CharterData): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const unique = (seen: Map<string, string>, id: string, path: string) => {
    const first = seen.get(id);
    if (first !== undefined) issues.push({ path, kind: 'duplicate-id', id, first });
    else seen.set(id, path);
  };
  const officerIds = new Map<string, string>();
  data.officers?.forEach((officer, i) => unique(officerIds, officer.id, `officers[${i}].id`));
  const refersToOfficers = (ids: string[] | undefined, path: string) =>
    ids?.forEach((id, i) => {
      if (!officerIds.has(id)) issues.push({ path: `${path}[${i}]`, kind: 'unknown-officer', id });
    });

  const groupIds = new Map<string, string>();
  const serviceIds = new Map<string, string>();
  data.serviceGroups.forEach((group, g) => {
    unique(groupIds, group.id, `serviceGroups[${g}].id`);
    group.services.forEach((service, s) => {
      const path = `serviceGroups[${g}].services[${s}]`;
      unique(serviceIds, service.id, `${path}.id`);
      refersToOfficers(service.officers?.officers, `${path}.officers.officers`);
      refersToOfficers(service.seniorOfficers?.officers, `${path}.seniorOfficers.officers`);
    });
  });
  data.grievance?.levels.forEach((level, i) =>
    refersToOfficers(level.address.officers, `grievance.levels[${i}].address.officers`),
  );
  return issues;
}

/** One issue in plain English, for the command line and for tests: `services[3].name: expected text, found number`. */
export function describeIssue(issue: ValidationIssue): string {
  const at = issue.path || '(the charter)';
  switch (issue.kind) {
    case 'type':
      return `${at}: expected ${issue.expected}, found ${issue.found}`;
    case 'required':
      return `${at}: missing required property "${issue.property}"`;
    case 'required-one-of':
      return `${at}: needs at least one of ${issue.properties.map((p) => `"${p}"`).join(', ')}`;
    case 'unknown-property':
      return `${at}: unknown property "${issue.property}"`;
    case 'const':
      return `${at}: expected ${JSON.stringify(issue.expected)}, found ${issue.found}`;
    case 'format':
      return `${at}: not a valid ${issue.expected}: "${issue.found}"`;
    case 'empty':
      return `${at}: must not be empty`;
    case 'minimum':
      return `${at}: must be at least ${issue.minimum}, found ${issue.found}`;
    case 'unknown-officer':
      return `${at}: unknown officer "${issue.id}"`;
    case 'duplicate-id':
      return `${at}: duplicate id "${issue.id}", first used at ${issue.first}`;
    case 'too-deep':
      return `${at}: nested deeper than ${issue.limit} levels`;
    case 'too-long':
      return `${at}: ${issue.found} characters, more than the limit of ${issue.limit}`;
    case 'too-many-services':
      return `${at}: ${issue.found} services, more than the limit of ${issue.limit}`;
  }
}
