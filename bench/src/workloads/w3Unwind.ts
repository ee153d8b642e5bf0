import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '@detour/domain';
import { networkRecords, type NamedSize } from '@detour/synthetic';
import {
  entityProperties,
  relationshipProperties,
} from '../../../apps/api/src/modules/datasets/toRecords.ts';
import type { Driver } from '../setup/database.ts';

const BATCH = 10_000;

export interface UnwindLoad {
  readonly entities: number;
  readonly relationships: number;
  /** From the first entity batch to the last relationship commit. */
  readonly seconds: number;
  readonly relationshipSeconds: number;
}

/**
 * W3's baseline: the same records, the same property maps and batch size as the CLI, loaded with
 * nothing but `UNWIND $rows … CREATE` into a store with one index (entity id, for the MATCHes):
 * no uniqueness constraints, no full-text index, no dataset bookkeeping.
 */
export async function unwindCreate(
  driver: Driver,
  size: NamedSize,
  seed: number,
): Promise<UnwindLoad> {
  const write = (cypher: string, rows: unknown[]) =>
    driver.executeQuery(cypher, { rows }, { database: 'neo4j', routing: 'WRITE' });
  await write('CREATE INDEX bench_entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)', []);
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: 'neo4j' });
  const network = networkRecords({ size, seed });
  const datasetId = network.dataset.id;
  const started = performance.now();
  const nodeGroups = new Map<string, unknown[]>(ENTITY_KINDS.map((k) => [k, []]));
  let entities = 0;
  for (const entity of network.entities) {
    const group = nodeGroups.get(entity.kind) ?? [];
    group.push(entityProperties(entity, datasetId));
    entities++;
    if (group.length >= BATCH) {
      await write(
        `UNWIND $rows AS row CREATE (n:Entity:${entity.kind}) SET n = row`,
        group.splice(0),
      );
    }
  }
  for (const [kind, rows] of nodeGroups) {
    if (rows.length > 0)
      await write(`UNWIND $rows AS row CREATE (n:Entity:${kind}) SET n = row`, rows);
  }
  const relsStarted = performance.now();
  const relGroups = new Map<string, unknown[]>(RELATIONSHIP_TYPES.map((t) => [t, []]));
  const relCypher = (type: string) =>
    `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`;
  let relationships = 0;
  for (const rel of network.relationships) {
    const group = relGroups.get(rel.type) ?? [];
    group.push({ from: rel.from, to: rel.to, props: relationshipProperties(rel, datasetId) });
    relationships++;
    if (group.length >= BATCH) await write(relCypher(rel.type), group.splice(0));
  }
  for (const [type, rows] of relGroups) {
    if (rows.length > 0) await write(relCypher(type), rows);
  }
  const ended = performance.now();
  return {
    entities,
    relationships,
    seconds: (ended - started) / 1000,
    relationshipSeconds: (ended - relsStarted) / 1000,
  };
}
