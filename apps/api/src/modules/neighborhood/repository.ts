import type { Entity, Relationship, RelationshipType } from '@detour/domain';
import type { Database } from '../../db/database.ts';
import { int } from '../../db/convert.ts';
import { entityFromRow } from '../entities/fromRow.ts';
import { relationshipFromRow } from './relationshipFromRow.ts';

export interface Subgraph {
  readonly entities: Entity[];
  readonly relationships: Relationship[];
  readonly truncated: boolean;
}

export interface NeighborhoodQuery {
  readonly id: string;
  readonly depth: number;
  /** Neighbours per relationship type at each entity. */
  readonly first: number;
  readonly types: readonly RelationshipType[] | null;
}

/** One BFS level: for each frontier entity, one page of neighbours per relationship type. */
export const NEIGHBOR_PAGE_CYPHER = [
  'UNWIND $frontier AS fid',
  'MATCH (n:Entity {id: fid})',
  'CALL (n) {',
  '  MATCH (n)-[r]-(m:Entity)',
  '  WHERE $types IS NULL OR type(r) IN $types',
  '  WITH r, m',
  '  ORDER BY m.name, r.id',
  '  WITH type(r) AS type, collect({r: r, m: m, from: startNode(r).id, to: endNode(r).id}) AS rels',
  '  RETURN type, size(rels) AS total, rels[0..$first] AS page',
  '}',
  'RETURN type, total, page',
].join('\n');

interface PageRow {
  readonly type: string;
  readonly total: number;
  readonly page: {
    r: Record<string, unknown>;
    m: Record<string, unknown>;
    from: string;
    to: string;
  }[];
}

/**
 * The entities within `depth` hops of one entity, either direction, paged per relationship type
 * so that a hub (a provider with thousands of customers) returns a bounded result.
 */
export async function neighborhood(
  db: Database,
  query: NeighborhoodQuery,
): Promise<Subgraph | null> {
  const centre = await db.read('MATCH (n:Entity {id: $id}) RETURN n', { id: query.id });
  const centreRow = centre[0];
  if (!centreRow) return null;

  const entities = new Map<string, Entity>();
  const relationships = new Map<string, Relationship>();
  const start = entityFromRow(centreRow['n'] as Record<string, unknown>);
  entities.set(start.id, start);
  let frontier = [start.id];
  let truncated = false;

  for (let level = 0; level < query.depth && frontier.length > 0; level++) {
    const rows = (await db.read(NEIGHBOR_PAGE_CYPHER, {
      frontier,
      types: query.types,
      first: int(query.first),
    })) as unknown as PageRow[];
    const next: string[] = [];
    for (const row of rows) {
      if (row.total > row.page.length) truncated = true;
      for (const item of row.page) {
        const neighbour = entityFromRow(item.m);
        if (!entities.has(neighbour.id)) {
          entities.set(neighbour.id, neighbour);
          next.push(neighbour.id);
        }
        const rel = relationshipFromRow(item.r, row.type, item.from, item.to);
        relationships.set(rel.id, rel);
      }
    }
    frontier = next;
  }
  return {
    entities: [...entities.values()],
    relationships: [...relationships.values()],
    truncated,
  };
}
