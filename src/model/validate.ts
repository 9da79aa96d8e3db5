import type { Charter as CharterData } from '../generated/charter-data.js';
import { charterSchema } from '../generated/charter-schema.js';
import { excerpt, finished, type JsonPath, pathAt, pathText, type SchemaIssue, schemaSteps } from './json-schema.js';

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
  return finished(validationSteps(json));
}

/**
 * validateCharter in steps of a few milliseconds (it yields between them), for a caller that lets the page paint and
 * answer between the steps of a large charter.
 */
export function* validationSteps(json: unknown): Generator<void, ValidationResult> {
  const limitIssues = checkLimits(json);
  if (limitIssues.length) return { valid: false, issues: limitIssues };
  // The limits, the schema (a step every few hundred values) and the ids, each in steps of their own.
  yield;
  const schemaIssues: SchemaIssue[] = [];
  yield* schemaSteps(charterSchema, json, schemaIssues);
  if (schemaIssues.length) return { valid: false, issues: schemaIssues };
  const data = json as CharterData;
  const services = data.serviceGroups.reduce((count, group) => count + group.services.length, 0);
  if (services > LIMITS.services)
    return {
      valid: false,
      issues: [{ path: 'serviceGroups', kind: 'too-many-services', limit: LIMITS.services, found: services }],
    };
  yield;
  const issues = checkIds(data);
  return issues.length ? { valid: false, issues } : { valid: true, data };
}

/**
 * The values nested too deep and the texts too long, the last first (as a stack of values to visit gives them). It
 * recurses, but no deeper than LIMITS.depth, so a value nested 10,000 deep cannot overflow the stack; paths are made
 * for objects and arrays only, and written out for an issue.
 */
function checkLimits(
  value: unknown,
  issues: ValidationIssue[] = [],
  parent?: JsonPath,
  key?: string | number,
  depth = 0,
): ValidationIssue[] {
  if (typeof value === 'string' && value.length > LIMITS.textCharacters)
    issues.push({
      path: pathText(pathAt(parent, key)),
      kind: 'too-long',
      limit: LIMITS.textCharacters,
      found: value.length,
    });
  if (value === null || typeof value !== 'object') return issues;
  const path = pathAt(parent, key);
  if (depth >= LIMITS.depth) issues.push({ path: excerpt(pathText(path)), kind: 'too-deep', limit: LIMITS.depth });
  else if (Array.isArray(value))
    for (let i = value.length - 1; i >= 0; i--) checkLimits(value[i], issues, path, i, depth + 1);
  else {
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--)
      checkLimits((value as Record<string, unknown>)[keys[i]], issues, path, keys[i], depth + 1);
  }
  return issues;
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
