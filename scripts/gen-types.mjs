// Generates src/model/charter-data.ts from data/charter.schema.json, so the schema is the one source of the
// charter format: the types come from it here, and src/model/validate.ts interprets the same file at run time.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const schemaUrl = new URL('../data/charter.schema.json', import.meta.url);
const outUrl = new URL('../src/model/charter-data.ts', import.meta.url);

const schema = forTypes(JSON.parse(await readFile(schemaUrl, 'utf8')));
const banner = '/* Generated from data/charter.schema.json by scripts/gen-types.mjs: edit the schema, not this file. */';
const ts = await compile(schema, 'Charter', {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: false,
  style: { singleQuote: true, printWidth: 120 },
});
await writeFile(outUrl, ts);

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
