import { describe, expect, it } from 'vitest';
import { BULK_CYPHER } from './bulkLoad.ts';
import { IMPORT_CYPHER } from './unfinishedImports.ts';

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

  it('writes each batch only while its Import node is still loading, and the Dataset node last', () => {
    expect(IMPORT_CYPHER.claim).toMatchInlineSnapshot(`
      "MATCH (i:Import {id: $importId, state: "loading"})
      SET i.batches = i.batches + 1
      RETURN i.id AS id"
    `);
    expect(IMPORT_CYPHER.finish).toMatchInlineSnapshot(`
      "MATCH (i:Import {id: $importId, state: "loading"})
      DELETE i
      MERGE (d:Dataset {id: $info.id})
      SET d = $info
      RETURN d.id AS id"
    `);
  });

  it('removes a dataset by its id, a bounded number of nodes per transaction', () => {
    expect(IMPORT_CYPHER.removeEntities).toMatchInlineSnapshot(`
      "MATCH (n:Entity {datasetId: $id})
      WITH n LIMIT 2000
      DETACH DELETE n
      RETURN count(*) AS deleted"
    `);
  });
});
