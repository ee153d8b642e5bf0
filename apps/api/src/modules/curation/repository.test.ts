import { describe, expect, it } from 'vitest';
import { AUDIT_CYPHER } from './auditLog.ts';
import { LOOKUP_CYPHER } from './lookups.ts';
import { CURATION_CYPHER } from './repository.ts';

describe('curation Cypher', () => {
  it('writes with parameters, labels and types only from the domain lists', () => {
    expect({
      upsertSource: CURATION_CYPHER.upsertSource,
      upsertEntity: CURATION_CYPHER.upsertEntity('CloudProvider'),
      upsertRelationship: CURATION_CYPHER.upsertRelationship('BUYS_FROM'),
      deleteRelationship: CURATION_CYPHER.deleteRelationship('OFFERS'),
    }).toMatchSnapshot();
  });

  it('looks up and audits with parameters', () => {
    expect({ ...LOOKUP_CYPHER, ...AUDIT_CYPHER }).toMatchSnapshot();
  });
});
