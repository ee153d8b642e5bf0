/**
 * Reads the access graph out of Neo4j over Bolt: every entity, and the relationships access
 * paths and exposure use, streamed row by row into the builder. One read transaction, with the
 * data version read before and after: if a write committed in between (every write replaces
 * the version), the graph may mix two states and is thrown away.
 */
import { AccessGraphBuilder, type AccessGraph } from '@detour/access-graph';
import type { Database } from '../../db/database.ts';
import { readDataVersion } from '../../db/dataVersion.ts';

export const ACCESS_GRAPH_CYPHER = {
  entities: ['MATCH (n:Entity)', 'RETURN n.id AS id, n.kind AS kind, n.name AS name'].join('\n'),
  // One row per entity with its relationships as lists: the driver decodes a million small
  // records at about half the speed of the same values in a hundred thousand rows.
  relationships: [
    'MATCH (a:Entity)',
    'CALL (a) {',
    '  MATCH (a)-[r:BUYS_FROM|SUBSIDIARY_OF|OFFERS|LISTED_ON]->(b:Entity)',
    '  RETURN collect([r.id, type(r), b.id, r.status, r.validFrom, r.validTo, r.covers]) AS rels',
    '}',
    'WITH a, rels',
    'WHERE size(rels) > 0',
    'RETURN a.id AS from, rels',
  ].join('\n'),
} as const;

/** The data changed while the graph was read. */
export class GraphChanged extends Error {}

export interface ReadGraph {
  readonly graph: AccessGraph;
  /** The data version it was read at. */
  readonly version: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export async function readAccessGraph(db: Database, timeoutMs: number): Promise<ReadGraph> {
  return db.readTransaction(async (tx) => {
    const before = await readDataVersion(tx);
    const builder = new AccessGraphBuilder();
    await tx.each(ACCESS_GRAPH_CYPHER.entities, {}, (row) => {
      builder.entity(String(row['id']), String(row['kind']), String(row['name']));
    });
    await tx.each(ACCESS_GRAPH_CYPHER.relationships, {}, (row) => {
      const from = String(row['from']);
      const rels = Array.isArray(row['rels']) ? (row['rels'] as unknown[]) : [];
      for (const rel of rels) {
        const [id, type, to, status, validFrom, validTo, covers] = Array.isArray(rel)
          ? (rel as unknown[])
          : [];
        builder.relationship({
          id: String(id),
          type: String(type),
          from,
          to: String(to),
          status: String(status),
          validFrom: text(validFrom),
          validTo: text(validTo),
          covers: Array.isArray(covers) ? covers.map(String) : null,
        });
      }
    });
    const after = await readDataVersion(tx);
    if (after.key !== before.key) throw new GraphChanged('The data changed while it was read');
    return { graph: builder.build(before.loading === 0), version: before.key };
  }, timeoutMs);
}

/** The current data version, in one short read. */
export async function currentVersion(db: Database): Promise<string> {
  return db.readTransaction(async (tx) => (await readDataVersion(tx)).key);
}
