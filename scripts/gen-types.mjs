// Generates, from data/charter.schema.json, the charter types (src/generated/charter-data.ts) and the schema as a
// module (src/generated/charter-schema.ts) that src/model/validate.ts interprets at run time. The schema is the one
// source of the charter format: types, validation and the published schema cannot drift apart.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const schemaUrl = new URL('../data/charter.schema.json', import.meta.url);
const outDir = new URL('../src/generated/', import.meta.url);

const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));
const banner =
  '/* Generated from data/charter.schema.json by scripts/gen-types.mjs: edit the schema, not this file. */';
const types = await compile(forTypes(schema), 'Charter', {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: false,
  style: { singleQuote: true, printWidth: 120 },
});
await mkdir(outDir, { recursive: true });
await writeFile(new URL('charter-data.ts', outDir), types);
await writeFile(
  new URL('charter-schema.ts', outDir),
  `${banner}\nimport type { JsonSchema } from '../model/json-schema.js';\n\nexport const charterSchema: JsonSchema = ${JSON.stringify(forValidation(schema), null, 2)};\n`,
);

/**
 * json-schema-to-typescript makes a new named type for every `$ref` that has a sibling `description`, and an
 * index-signature intersection for an `anyOf` that only lists `required` alternatives; neither changes the shape,
 * so both are dropped from the copy it compiles.
 */
function forTypes(node) {
  if (Array.isArray(node)) return node.map(forTypes);
  if (node === null || typeof node !== 'object') return node;
  if (node.$ref) return { $ref: node.$ref };
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'anyOf' && value.every((alt) => Object.keys(alt).join() === 'required')) continue;
    out[key] = key === 'properties' || key === '$defs' ? mapValues(value, forTypes) : forTypes(value);
  }
  return out;
}

function mapValues(object, fn) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));
}

/** The schema without the annotations validation never reads (descriptions, $id): a smaller drop-in script. */
function forValidation(node, keysAreNames = false) {
  if (Array.isArray(node)) return node.map((item) => forValidation(item));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!keysAreNames && (key === 'description' || key === '$id' || key === '$schema')) continue;
    out[key] = forValidation(value, !keysAreNames && (key === 'properties' || key === '$defs'));
  }
  return out;
}
