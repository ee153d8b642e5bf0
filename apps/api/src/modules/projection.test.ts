import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema.ts';
import { ENTITY_FIELD_PROPERTIES } from './entities/entityView.ts';
import { RELATIONSHIP_FIELD_PROPERTIES } from './neighborhood/relationshipView.ts';
import { FULL_PROJECTION, mapProjection, projected, projectionOf } from './projection.ts';

const schema = createSchema();
const fieldsOf = (name: string) => {
  const type = schema.getType(name);
  return isObjectType(type) ? Object.keys(type.getFields()).sort() : [];
};

describe('projections', () => {
  it('know where every field of Entity and Relationship is stored, so none can go unread', () => {
    expect(Object.keys(ENTITY_FIELD_PROPERTIES).sort()).toEqual(fieldsOf('Entity'));
    expect(Object.keys(RELATIONSHIP_FIELD_PROPERTIES).sort()).toEqual(fieldsOf('Relationship'));
  });

  it('read the id and kind (or status) always, then what the fields need, in one order', () => {
    expect(projectionOf(new Set(['sources', 'name']), new Set(['amount', 'type']))).toEqual({
      entity: ['id', 'kind', 'name', 'sourceIds'],
      relationship: ['id', 'status', 'amountValue', 'amountCurrency', 'amountUnit'],
    });
    expect(projectionOf(new Set(['__typename']), new Set())).toEqual({
      entity: ['id', 'kind'],
      relationship: ['id', 'status'],
    });
  });

  it('with every field selected, read every stored property the API reports', () => {
    expect(FULL_PROJECTION.entity).toEqual([
      'id',
      'kind',
      'name',
      'aliases',
      'country',
      'description',
      'citation',
      'effective',
      'sourceIds',
    ]);
    expect(FULL_PROJECTION.relationship).toEqual([
      'id',
      'status',
      'start',
      'end',
      'amountValue',
      'amountCurrency',
      'amountUnit',
      'quantityValue',
      'quantityCurrency',
      'quantityUnit',
      'note',
      'covers',
      'service',
      'share',
      'citation',
      'score',
      'explanation',
      'sourceIds',
    ]);
  });

  it('write Cypher map projections, and refuse a name that is not a plain property', () => {
    expect(mapProjection('n', ['id', 'kind'], ['type: type(n)'])).toBe(
      'n {.id, .kind, type: type(n)}',
    );
    expect(() => mapProjection('n', ['id} RETURN 1 //'])).toThrow(/bad property name/);
  });

  it('fail loudly when a selected field was not read, instead of answering it empty', () => {
    expect(projected(['s1'], 'Entity.sources')).toEqual(['s1']);
    expect(() => projected<readonly string[]>(undefined, 'Entity.sources')).toThrow(
      'Entity.sources was selected but not read',
    );
  });
});
