import { RELATIONSHIP_TYPES, type Entity, type Relationship, type Status } from '@detour/domain';
import type { Database } from '../../db/database.ts';
import { int } from '../../db/convert.ts';
import { entityFromRow } from '../entities/fromRow.ts';
import { relationshipFromRow } from '../neighborhood/relationshipFromRow.ts';
import type { Subgraph } from '../neighborhood/repository.ts';
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
}

export interface PathList {
  readonly paths: AccessPath[];
  readonly truncated: boolean;
}

export async function findAccessPaths(db: Database, query: AccessPathQuery): Promise<PathList> {
  const minSteps = query.indirectOnly ? 2 : 1;
  // Too few hops for any path: an indirect one needs end user → intermediary → provider → offer.
  if (query.maxHops - 1 < minSteps) return { paths: [], truncated: false };
  const cypher = accessPathsCypher({
    minSteps,
    maxSteps: query.maxHops - 1,
    anchors: {
      from: query.from !== null,
      to: query.to !== null,
      provider: query.provider !== null,
    },
  });
  const rows = await db.read(cypher, {
    from: query.from,
    to: query.to,
    provider: query.provider,
    statuses: query.statuses,
    asOf: query.asOf,
    rank: STATUS_RANK,
    limit: int(query.limit + 1),
  });
  const paths = rows
    .slice(0, query.limit)
    .map((row) =>
      toAccessPath(
        (row['nodeIds'] as unknown[]).map(String),
        (row['rels'] as Record<string, unknown>[]).map(toStep),
        row['directContact'] === true,
      ),
    );
  return { paths, truncated: rows.length > query.limit };
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
