import { readFileSync } from 'node:fs';
import { DATASET_FORMAT, ENTITY_KINDS, RELATIONSHIP_TYPES, STATUSES } from '@detour/domain';
import { describe, expect, it } from 'vitest';
import { isObject, type JsonObject } from './fields.ts';
import { TYPE_FIELDS } from './relationshipDetails.ts';
import { DATASET_INFO_FIELDS, TOP_LEVEL_FIELDS } from './validateDataset.ts';
import { ENTITY_FIELDS } from './validateEntities.ts';
import { RELATIONSHIP_FIELDS } from './validateRelationships.ts';
import { SOURCE_FIELDS } from './validateSources.ts';

const schemaUrl = new URL('../schema/detour.dataset.v1.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as unknown;

/** The object at a path of keys in the schema, failing the test if there is none. */
function node(...keys: string[]): JsonObject {
  let current: unknown = schema;
  for (const key of keys) current = isObject(current) ? current[key] : undefined;
  if (!isObject(current)) throw new Error(`no object at ${keys.join('.')} in the schema`);
  return current;
}

const fieldsOf = (...keys: string[]): string[] => Object.keys(node(...keys, 'properties')).sort();

describe('the JSON Schema', () => {
  it('is draft 2020-12 for this format', () => {
    expect(node().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(node('properties', 'format').const).toBe(DATASET_FORMAT);
  });

  it('lists the same kinds, types and statuses as the domain', () => {
    expect(node('$defs', 'entity', 'properties', 'kind').enum).toEqual(ENTITY_KINDS);
    expect(node('$defs', 'relationship', 'properties', 'type').enum).toEqual(RELATIONSHIP_TYPES);
    expect(node('$defs', 'relationship', 'properties', 'status').enum).toEqual(STATUSES);
  });

  it('knows the same fields as the reader', () => {
    expect(fieldsOf()).toEqual([...TOP_LEVEL_FIELDS].sort());
    expect(fieldsOf('properties', 'dataset')).toEqual([...DATASET_INFO_FIELDS].sort());
    expect(fieldsOf('$defs', 'source')).toEqual([...SOURCE_FIELDS].sort());
    expect(fieldsOf('$defs', 'entity')).toEqual([...ENTITY_FIELDS].sort());
    expect(fieldsOf('$defs', 'relationship')).toEqual([...RELATIONSHIP_FIELDS].sort());
  });

  it('ties each type-specific field to the same relationship type as the reader', () => {
    const rules = JSON.stringify(node('$defs', 'relationship').allOf);
    for (const [field, type] of Object.entries(TYPE_FIELDS)) {
      const rule = { if: { required: [field] }, then: { properties: { type: { const: type } } } };
      expect(rules).toContain(JSON.stringify(rule));
    }
    expect(rules).toContain('"then":{"required":["score","explanation"]}');
  });
});
