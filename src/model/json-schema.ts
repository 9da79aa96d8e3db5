/**
 * A validator for the part of JSON Schema 2020-12 that data/charter.schema.json uses. A general validator (ajv,
 * @cfworker/json-schema) would cost more than the whole rest of the drop-in script; tests/model/validate.test.ts checks
 * that this one and @cfworker/json-schema agree on every valid and broken charter in the suite.
 */

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'boolean';
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  minProperties?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
}

/** What one value got wrong. `path` is written as in JavaScript: `serviceGroups[1].services[3].name`. */
export type SchemaIssue =
  | { path: string; kind: 'type'; expected: string; found: string }
  | { path: string; kind: 'required'; property: string }
  | { path: string; kind: 'required-one-of'; properties: string[] }
  | { path: string; kind: 'unknown-property'; property: string }
  | { path: string; kind: 'const'; expected: unknown; found: string }
  | { path: string; kind: 'format'; expected: string; found: string }
  | { path: string; kind: 'empty' }
  | { path: string; kind: 'minimum'; minimum: number; found: number };

/** A JSON value's type as JSON names it: `number`, `null`, `array`, `object`. */
function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Where a value is in the JSON, as a chain up to the root (undefined): written out as text only for an issue, so that
 * a valid charter of 10,000 services builds no path strings.
 */
export interface JsonPath {
  readonly parent: JsonPath | undefined;
  readonly key: string | number;
}

/** The path of the value at `key` of `parent`: `parent` itself for the root, which has no key. */
export function pathAt(parent: JsonPath | undefined, key: string | number | undefined): JsonPath | undefined {
  return key === undefined ? parent : { parent, key };
}

/** The path as JavaScript writes it: `serviceGroups[1].services[3].name`. */
export function pathText(path: JsonPath | undefined): string {
  const keys: (string | number)[] = [];
  for (let node = path; node; node = node.parent) keys.push(node.key);
  return keys.reduceRight<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : join(text, key)), '');
}

export function validateSchema(root: JsonSchema, value: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  finished(schemaSteps(root, value, issues));
  return issues;
}

/**
 * validateSchema in steps: it yields every ITEMS_A_STEP items of arrays (a few milliseconds' work), so that its
 * caller may let the page paint and answer between them.
 */
export function schemaSteps(root: JsonSchema, value: unknown, issues: SchemaIssue[]): Generator<void, void> {
  return check(root, value, undefined, issues, root, undefined);
}

/** Runs work written in steps (a generator that yields between them) to its end, without a pause. */
export function finished<T>(steps: Generator<unknown, T>): T {
  let step;
  while (!(step = steps.next()).done);
  return step.value;
}

const ITEMS_A_STEP = 200;
let items = 0;

const patterns = new Map<string, RegExp>();

/** A schema pattern, compiled once. */
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = new RegExp(source, 'u')));
  return pattern;
}

function* check(
  schema: JsonSchema,
  value: unknown,
  path: JsonPath | undefined,
  issues: SchemaIssue[],
  root: JsonSchema,
  refTitle: string | undefined,
): Generator<void, void> {
  if (schema.$ref) {
    const def = resolveRef(root, schema.$ref);
    return yield* check(def, value, path, issues, root, def.title ?? refTitle);
  }
  if (schema.anyOf) {
    const before = issues.length;
    checkAnyOf(schema.anyOf, value, path, issues, root, schema.title ?? refTitle);
    if (issues.length > before) return;
  }
  if ('const' in schema && value !== schema.const) {
    issues.push({
      path: pathText(path),
      kind: 'const',
      expected: schema.const,
      found: excerpt(JSON.stringify(value) ?? String(value)),
    });
    return;
  }
  if (schema.type && describeType(value) !== schema.type) {
    issues.push({ path: pathText(path), kind: 'type', expected: refTitle ?? schema.type, found: describeType(value) });
    return;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      issues.push({ path: pathText(path), kind: 'empty' });
    else if (schema.pattern && !patternOf(schema.pattern).test(value))
      issues.push({
        path: pathText(path),
        kind: 'format',
        expected: refTitle ?? propertyName(path),
        found: excerpt(value),
      });
  } else if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      issues.push({ path: pathText(path), kind: 'minimum', minimum: schema.minimum, found: value });
  } else if (Array.isArray(value)) {
    for (let i = 0; schema.items && i < value.length; i++) {
      yield* check(schema.items, value[i], { parent: path, key: i }, issues, root, undefined);
      if (++items % ITEMS_A_STEP === 0) yield;
    }
  } else if (value !== null && typeof value === 'object') {
    yield* checkObject(schema, value as Record<string, unknown>, path, issues, root);
  }
}

function* checkObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: JsonPath | undefined,
  issues: SchemaIssue[],
  root: JsonSchema,
): Generator<void, void> {
  const keys = Object.keys(value);
  if (schema.minProperties !== undefined && keys.length < schema.minProperties)
    issues.push({ path: pathText(path), kind: 'empty' });
  for (const property of schema.required ?? [])
    if (!Object.hasOwn(value, property)) issues.push({ path: pathText(path), kind: 'required', property });
  for (const key of keys) {
    // Own properties only: a key named "constructor" or "__proto__" is no schema's property.
    const propertySchema =
      schema.properties && Object.hasOwn(schema.properties, key)
        ? schema.properties[key]
        : Object.entries(schema.patternProperties ?? {}).find(([pattern]) => patternOf(pattern).test(key))?.[1];
    if (propertySchema) yield* check(propertySchema, value[key], { parent: path, key }, issues, root, undefined);
    else if (schema.additionalProperties === false)
      issues.push({ path: pathText(path), kind: 'unknown-property', property: key });
  }
}

/**
 * anyOf is used two ways in the charter schema: alternative shapes of one value (a text is a string or a {bn, en}
 * object), and "one of these properties is required". Each gets the message a person can act on.
 */
function checkAnyOf(
  alternatives: JsonSchema[],
  value: unknown,
  path: JsonPath | undefined,
  issues: SchemaIssue[],
  root: JsonSchema,
  title: string | undefined,
): void {
  const issuesOf = (alt: JsonSchema) => {
    const altIssues: SchemaIssue[] = [];
    finished(check(alt, value, path, altIssues, root, undefined));
    return altIssues;
  };
  // First the alternatives of the value's type, for the common case: one passes, and no issue (nor its path) is made.
  if (alternatives.some((alt) => (!alt.type || alt.type === describeType(value)) && !issuesOf(alt).length)) return;
  const results = alternatives.map(issuesOf);
  if (alternatives.every((alt) => alt.required && Object.keys(alt).length === 1)) {
    issues.push({
      path: pathText(path),
      kind: 'required-one-of',
      properties: alternatives.flatMap((alt) => alt.required!),
    });
    return;
  }
  // The alternative whose type matches explains best (an object with a bad key); otherwise the value is the wrong type.
  const here = pathText(path);
  const matching = results.find((r) => r.every((issue) => issue.kind !== 'type' || issue.path !== here));
  if (matching) issues.push(...matching);
  else
    issues.push({
      path: here,
      kind: 'type',
      expected: title ?? alternatives.map((a) => a.type).join(' or '),
      found: describeType(value),
    });
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  const name = ref.replace('#/$defs/', '');
  const def = root.$defs && Object.hasOwn(root.$defs, name) ? root.$defs[name] : undefined;
  if (!def) throw new Error(`schema: unresolved $ref ${ref}`);
  return def;
}

/** A property's path: `services[3].name`, or `office["a b"]` for a key that is no name. */
function join(path: string, key: string): string {
  const segment = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (segment.startsWith('"')) return `${path}[${segment}]`;
  return path ? `${path}.${segment}` : segment;
}

/** The name of the property a value is in, or is an item of: `phones` for `officers[0].phones[1]`. */
function propertyName(path: JsonPath | undefined): string {
  let node = path;
  while (node && typeof node.key === 'number') node = node.parent;
  return node ? String(node.key) : '';
}

/** At most the first 60 characters of a bad value, so that a message never echoes a whole runaway input. */
export function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
