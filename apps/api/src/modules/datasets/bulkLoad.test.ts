import { describe, expect, it } from 'vitest';
import { BULK_CYPHER } from './bulkLoad.ts';

describe('bulk-load Cypher', () => {
  it('creates entities and relationships with the label or type from the domain lists', () => {
    expect(BULK_CYPHER.entities('Intermediary')).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      CREATE (n:Entity:Intermediary)
      SET n = row"
    `);
    expect(BULK_CYPHER.relationships('BUYS_FROM')).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (a:Entity {id: row.from})
      MATCH (b:Entity {id: row.to})
      CREATE (a)-[r:BUYS_FROM]->(b)
      SET r = row.props"
    `);
  });

  it('removes a dataset by its id, a bounded number of nodes per transaction', () => {
    expect(BULK_CYPHER.removeEntities).toMatchInlineSnapshot(`
      "MATCH (n:Entity {datasetId: $id})
      WITH n LIMIT 2000
      DETACH DELETE n
      RETURN count(*) AS deleted"
    `);
  });
});
