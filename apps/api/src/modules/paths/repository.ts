import { RELATIONSHIP_TYPES, type Entity, type Relationship, type Status } from '@detour/domain';
import type { Database } from '../../db/database.ts';
import { int } from '../../db/convert.ts';
import { entityFromRow } from '../entities/fromRow.ts';
import { entityViewFromRow, type EntityView } from '../entities/entityView.ts';
import { relationshipFromRow } from '../neighborhood/relationshipFromRow.ts';
import type { Subgraph } from '../neighborhood/repository.ts';
import {
  relationshipViewFromRow,
  type RelationshipView,
} from '../neighborhood/relationshipView.ts';
import { FULL_PROJECTION, type Projection } from '../projection.ts';
import { STATUS_RANK, toAccessPath, toStep, type AccessPath } from './accessPath.ts';
import { accessPathsCypher } from './accessPathsCypher.ts';
import { shortestPathCypher } from './shortestPathCypher.ts';

export interface AccessPathQuery {
  readonly from: string | null;
  readonly to: string | null;
  readonly provider: string | null;
  /** Relationships on the path, OFFERS included: 2–8. */
  readonly maxHops: number;
  readonly indirectOnly: boolean;
  readonly statuses: readonly Status[] | null;
  /** YYYY-MM-DD */
  readonly asOf: string | null;
  /** Return at most this many paths; `truncated` says whether there were more. */
  readonly limit: number;
  /** Skip this many first (a later page); 0 when absent. */
  readonly skip?: number;
}

export interface PathList {
  readonly paths: AccessPath[];
  readonly truncated: boolean;
}

/** Paths with the entities and relationships they use, each once. */
export interface ExplainedPathList extends PathList {
  readonly subgraph: Subgraph;
}

type Row = Readonly<Record<string, unknown>>;

const record = (value: unknown): Row =>
  typeof value === 'object' && value !== null ? (value as Row) : {};
const records = (value: unknown): Row[] => (Array.isArray(value) ? value.map(record) : []);

/** The query's rows, at most limit + 1 (the extra one only says that there were more). */
async function accessPathRows(
  db: Database,
  query: AccessPathQuery,
  details: Projection | null,
): Promise<Row[]> {
  const minSteps = query.indirectOnly ? 2 : 1;
  // Too few hops for any path: an indirect one needs end user → intermediary → provider → offer.
  if (query.maxHops - 1 < minSteps) return [];
  const cypher = accessPathsCypher({
    minSteps,
    maxSteps: query.maxHops - 1,
    anchors: {
      from: query.from !== null,
      to: query.to !== null,
      provider: query.provider !== null,
    },
    filters: { statuses: query.statuses !== null, asOf: query.asOf !== null },
    details,
    paged: (query.skip ?? 0) > 0,
  });
  return db.read(cypher, {
    from: query.from,
    to: query.to,
    provider: query.provider,
    statuses: query.statuses,
    asOf: query.asOf,
    rank: STATUS_RANK,
    limit: int(query.limit + 1),
    skip: int(query.skip ?? 0),
  });
}

function pathOf(row: Row): AccessPath {
  return toAccessPath(
    records(row['nodes']).map((node) => String(node['id'])),
    records(row['rels']).map(toStep),
    row['directContact'] === true,
  );
}

/** Access paths, fewest hops first, then strongest evidence, then ids. */
export async function findAccessPaths(db: Database, query: AccessPathQuery): Promise<PathList> {
  const rows = await accessPathRows(db, query, null);
  return {
    paths: rows.slice(0, query.limit).map(pathOf),
    truncated: rows.length > query.limit,
  };
}

/**
 * Access paths with their subgraph, in one query: the properties of the entities and
 * relationships that `projection` names come back with the paths, so explaining them costs no
 * second round trip, and no property nobody asked for is read.
 */
export async function explainAccessPaths(
  db: Database,
  query: AccessPathQuery,
  projection: Projection = FULL_PROJECTION,
): Promise<ExplainedPathList> {
  const rows = await accessPathRows(db, query, projection);
  const kept = rows.slice(0, query.limit);
  const entities = new Map<string, EntityView>();
  const relationships = new Map<string, RelationshipView>();
  for (const row of kept) {
    for (const node of records(row['nodes'])) {
      if (entities.has(String(node['id']))) continue;
      const entity = entityViewFromRow(node);
      entities.set(entity.id, entity);
    }
    for (const rel of records(row['rels'])) {
      if (relationships.has(String(rel['id']))) continue;
      const relationship = relationshipViewFromRow(rel, rel['type'], rel['from'], rel['to']);
      relationships.set(relationship.id, relationship);
    }
  }
  const truncated = rows.length > query.limit;
  return {
    paths: kept.map(pathOf),
    truncated,
    subgraph: {
      entities: [...entities.values()],
      relationships: [...relationships.values()],
      truncated,
    },
  };
}

/** The entities and relationships with these ids, each once (for explaining paths). */
export async function subgraphOf(
  db: Database,
  entityIds: ReadonlySet<string>,
  relationshipIds: ReadonlySet<string>,
  truncated = false,
): Promise<Subgraph> {
  const [entityRows, relRows] = await Promise.all([
    db.read(['UNWIND $ids AS id', 'MATCH (n:Entity {id: id})', 'RETURN n'].join('\n'), {
      ids: [...entityIds],
    }),
    relationshipIds.size === 0
      ? Promise.resolve([])
      : db.read(
          [
            'UNWIND $ids AS id',
            'CALL (id) {',
            ...RELATIONSHIP_TYPES.flatMap((type, i) => [
              ...(i === 0 ? [] : ['  UNION']),
              `  MATCH (a)-[r:${type} {id: id}]->(b)`,
              `  RETURN r, '${type}' AS type, a.id AS from, b.id AS to`,
            ]),
            '}',
            'RETURN r, type, from, to',
          ].join('\n'),
          { ids: [...relationshipIds] },
        ),
  ]);
  const entities: Entity[] = entityRows.map((row) =>
    entityFromRow(row['n'] as Record<string, unknown>),
  );
  const relationships: Relationship[] = relRows.map((row) =>
    relationshipFromRow(row['r'] as Record<string, unknown>, row['type'], row['from'], row['to']),
  );
  return { entities, relationships, truncated };
}

/** Ids of every entity and relationship on the paths. */
export function idsOf(paths: readonly AccessPath[]): {
  entities: Set<string>;
  relationships: Set<string>;
} {
  return {
    entities: new Set(paths.flatMap((p) => p.entities)),
    relationships: new Set(paths.flatMap((p) => p.relationships)),
  };
}

export interface ShortestPath {
  readonly entities: string[];
  readonly relationships: string[];
}

export async function findShortestPath(
  db: Database,
  from: string,
  to: string,
  avoid: readonly string[],
  maxHops: number,
): Promise<ShortestPath | null> {
  const rows = await db.read(shortestPathCypher(maxHops), { from, to, avoid });
  const row = rows[0];
  if (!row) return null;
  return {
    entities: (row['nodeIds'] as unknown[]).map(String),
    relationships: (row['relIds'] as unknown[]).map(String),
  };
}

/** The control lists each entity is LISTED_ON. */
export async function controlListsOf(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await db.read(
    [
      'UNWIND $ids AS id',
      'MATCH (n:Entity {id: id})-[:LISTED_ON]->(l:ControlList)',
      'RETURN id, collect(DISTINCT l.id) AS lists',
    ].join('\n'),
    { ids },
  );
  return new Map(rows.map((row) => [String(row['id']), (row['lists'] as unknown[]).map(String)]));
}
