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
  relationships: [
    'MATCH (a:Entity)-[r:BUYS_FROM|SUBSIDIARY_OF|OFFERS|LISTED_ON]->(b:Entity)',
    'RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.status AS status,',
    '  r.validFrom AS validFrom, r.validTo AS validTo, r.covers AS covers',
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
      const covers = row['covers'];
      builder.relationship({
        id: String(row['id']),
        type: String(row['type']),
        from: String(row['from']),
        to: String(row['to']),
        status: String(row['status']),
        validFrom: text(row['validFrom']),
        validTo: text(row['validTo']),
        covers: Array.isArray(covers) ? covers.map(String) : null,
      });
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
