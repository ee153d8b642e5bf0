import type { Entity, Relationship, RelationshipType, Status } from '@detour/domain';
import type { Database } from '../../db/database.ts';
import { int } from '../../db/convert.ts';
import { entityFromRow } from '../entities/fromRow.ts';
import type { EntityView } from '../entities/entityView.ts';
import { relationshipFromRow } from './relationshipFromRow.ts';
import type { RelationshipView } from './relationshipView.ts';

/** Entities and relationships as a query read them (full, or projected from the selection). */
export interface Subgraph {
  readonly entities: EntityView[];
  readonly relationships: RelationshipView[];
  readonly truncated: boolean;
}

export interface NeighborGroup {
  readonly entity: string;
  readonly type: RelationshipType;
  readonly total: number;
  readonly shown: number;
}

export interface Neighborhood extends Subgraph {
  readonly groups: NeighborGroup[];
}

export interface NeighborhoodQuery {
  readonly id: string;
  readonly depth: number;
  /** Neighbours per relationship type at each entity. */
  readonly first: number;
  readonly types: readonly RelationshipType[] | null;
  readonly statuses: readonly Status[] | null;
  /** Only relationships whose validity overlaps [from, until] (YYYY-MM-DD, either may be null). */
  readonly from: string | null;
  readonly until: string | null;
  /** Neighbours to skip per relationship type at the centre. */
  readonly offset: number;
}

/** One BFS level: for each frontier entity, one page of neighbours per relationship type. */
export const NEIGHBOR_PAGE_CYPHER = [
  'UNWIND $frontier AS fid',
  'MATCH (n:Entity {id: fid})',
  'CALL (n) {',
  '  MATCH (n)-[r]-(m:Entity)',
  '  WHERE ($types IS NULL OR type(r) IN $types)',
  '    AND ($statuses IS NULL OR r.status IN $statuses)',
  '    AND ($from IS NULL OR coalesce(r.validTo, $from) >= $from)',
  '    AND ($until IS NULL OR coalesce(r.validFrom, $until) <= $until)',
  '  WITH r, m',
  '  ORDER BY m.name, r.id',
  '  WITH type(r) AS type, collect({r: r, m: m, from: startNode(r).id, to: endNode(r).id}) AS rels',
  '  RETURN type, size(rels) AS total, rels[$offset..$offset + $first] AS page',
  '}',
  'RETURN n.id AS entity, type, total, page',
].join('\n');

interface PageRow {
  readonly entity: string;
  readonly type: RelationshipType;
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
): Promise<Neighborhood | null> {
  const centre = await db.read('MATCH (n:Entity {id: $id}) RETURN n', { id: query.id });
  const centreRow = centre[0];
  if (!centreRow) return null;

  const entities = new Map<string, Entity>();
  const relationships = new Map<string, Relationship>();
  const start = entityFromRow(centreRow['n'] as Record<string, unknown>);
  entities.set(start.id, start);
  let frontier = [start.id];
  const groups: NeighborGroup[] = [];

  for (let level = 0; level < query.depth && frontier.length > 0; level++) {
    const rows = (await db.read(NEIGHBOR_PAGE_CYPHER, {
      frontier,
      types: query.types,
      statuses: query.statuses,
      from: query.from,
      until: query.until,
      first: int(query.first),
      offset: int(level === 0 ? query.offset : 0),
    })) as unknown as PageRow[];
    const next: string[] = [];
    for (const row of rows) {
      groups.push({ entity: row.entity, type: row.type, total: row.total, shown: row.page.length });
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
    groups,
    truncated: groups.some((g) => g.shown < g.total),
  };
}
