import type { RelationshipType, Status } from '@detour/domain';
import type { Database } from '../../db/database.ts';
import { int } from '../../db/convert.ts';
import { entityViewFromRow, type EntityView } from '../entities/entityView.ts';
import { FULL_PROJECTION, mapProjection, type Projection } from '../projection.ts';
import { relationshipViewFromRow, type RelationshipView } from './relationshipView.ts';

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

/** The filters and the page, for one entity `n`: its neighbours grouped by relationship type. */
function pageOf(projection: Projection): string[] {
  const r = mapProjection('r', projection.relationship);
  const m = mapProjection('m', projection.entity);
  return [
    '  MATCH (n)-[r]-(m:Entity)',
    '  WHERE ($types IS NULL OR type(r) IN $types)',
    '    AND ($statuses IS NULL OR r.status IN $statuses)',
    '    AND ($from IS NULL OR coalesce(r.validTo, $from) >= $from)',
    '    AND ($until IS NULL OR coalesce(r.validFrom, $until) <= $until)',
    '  WITH r, m',
    '  ORDER BY m.name, r.id',
    `  WITH type(r) AS type, collect({r: ${r}, m: ${m}, from: startNode(r).id, to: endNode(r).id}) AS rels`,
  ];
}

/**
 * The centre and its first level in one query (one round trip): the centre's projected
 * properties and one page of neighbours per relationship type, skipping $offset. No row when
 * there is no such entity.
 */
export function neighborhoodCypher(projection: Projection): string {
  return [
    'MATCH (n:Entity {id: $id})',
    'CALL (n) {',
    ...pageOf(projection),
    '  RETURN collect({type: type, total: size(rels), page: rels[$offset..$offset + $first]}) AS groups',
    '}',
    `RETURN ${mapProjection('n', projection.entity)} AS centre, groups`,
  ].join('\n');
}

/** A further BFS level: for each frontier entity, one page of neighbours per relationship type. */
export function neighborPageCypher(projection: Projection): string {
  return [
    'UNWIND $frontier AS fid',
    'MATCH (n:Entity {id: fid})',
    'CALL (n) {',
    ...pageOf(projection),
    '  RETURN type, size(rels) AS total, rels[..$first] AS page',
    '}',
    'RETURN n.id AS entity, type, total, page',
  ].join('\n');
}

interface Group {
  readonly type: RelationshipType;
  readonly total: number;
  readonly page: {
    r: Record<string, unknown>;
    m: Record<string, unknown>;
    from: string;
    to: string;
  }[];
}

interface PageRow extends Group {
  readonly entity: string;
}

/**
 * The entities within `depth` hops of one entity, either direction, paged per relationship type
 * so that a hub (a provider with thousands of customers) returns a bounded result. Reads the
 * properties `projection` names (all of them when none is given).
 */
export async function neighborhood(
  db: Database,
  query: NeighborhoodQuery,
  projection: Projection = FULL_PROJECTION,
): Promise<Neighborhood | null> {
  const filters = {
    types: query.types,
    statuses: query.statuses,
    from: query.from,
    until: query.until,
    first: int(query.first),
  };
  const [first] = await db.read(neighborhoodCypher(projection), {
    ...filters,
    id: query.id,
    offset: int(query.offset),
  });
  if (first === undefined) return null;

  const entities = new Map<string, EntityView>();
  const relationships = new Map<string, RelationshipView>();
  const groups: NeighborGroup[] = [];
  const start = entityViewFromRow(first['centre'] as Record<string, unknown>);
  entities.set(start.id, start);
  /** Adds one entity's groups; returns the neighbours seen for the first time. */
  const add = (entity: string, level: readonly Group[]): string[] => {
    const next: string[] = [];
    for (const group of level) {
      groups.push({ entity, type: group.type, total: group.total, shown: group.page.length });
      for (const item of group.page) {
        const id = String(item.m['id']);
        if (!entities.has(id)) {
          entities.set(id, entityViewFromRow(item.m));
          next.push(id);
        }
        const rel = relationshipViewFromRow(item.r, group.type, item.from, item.to);
        relationships.set(rel.id, rel);
      }
    }
    return next;
  };
  let frontier = add(start.id, first['groups'] as Group[]);
  for (let level = 1; level < query.depth && frontier.length > 0; level++) {
    const rows = (await db.read(neighborPageCypher(projection), {
      ...filters,
      frontier,
    })) as unknown as PageRow[];
    const next: string[] = [];
    for (const row of rows) next.push(...add(row.entity, [row]));
    frontier = next;
  }
  return {
    entities: [...entities.values()],
    relationships: [...relationships.values()],
    groups,
    truncated: groups.some((g) => g.shown < g.total),
  };
}
