import type { Charter as CharterData } from '../generated/charter-data.js';
import { charterSchema } from '../generated/charter-schema.js';
import { type SchemaIssue, validateSchema } from './json-schema.js';

/** A problem in a charter: a schema issue, or a reference the schema cannot check. */
export type ValidationIssue =
  | SchemaIssue
  | { path: string; kind: 'unknown-officer'; id: string }
  | { path: string; kind: 'duplicate-id'; id: string; first: string };

export type ValidationResult = { valid: true; data: CharterData } | { valid: false; issues: ValidationIssue[] };

/** Checks untrusted JSON against data/charter.schema.json, then the ids the schema cannot check. */
export function validateCharter(json: unknown): ValidationResult {
  const schemaIssues = validateSchema(charterSchema, json);
  if (schemaIssues.length) return { valid: false, issues: schemaIssues };
  const data = json as CharterData;
  const issues = checkIds(data);
  return issues.length ? { valid: false, issues } : { valid: true, data };
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
  }
}
