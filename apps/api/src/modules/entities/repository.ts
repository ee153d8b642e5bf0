import { isEntityKind, type Entity, type EntityKind, type Source } from '@detour/domain';
import type { Database } from '../../db/database.ts';
import { int } from '../../db/convert.ts';
import { ENTITY_NAME_INDEX } from '../../db/schema.ts';
import { entityFromRow, optional, sourceFromRow, strings } from './fromRow.ts';
import type { Candidate } from './rankHits.ts';

/** Entities by id, in no particular order; unknown ids are left out. */
export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<Entity[]> {
  const rows = await db.read(
    ['UNWIND $ids AS id', 'MATCH (n:Entity {id: id})', 'RETURN n'].join('\n'),
    { ids },
  );
  return rows.map((row) => entityFromRow(row['n'] as Record<string, unknown>));
}

export async function sourcesByIds(db: Database, ids: readonly string[]): Promise<Source[]> {
  const rows = await db.read(
    ['UNWIND $ids AS id', 'MATCH (s:Source {id: id})', 'RETURN s'].join('\n'),
    { ids },
  );
  return rows.map((row) => sourceFromRow(row['s'] as Record<string, unknown>));
}

export const SEARCH_CYPHER = [
  'CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit})',
  'YIELD node, score',
  'WHERE $kinds IS NULL OR node.kind IN $kinds',
  // What an Entity is made of (fromRow.ts), not the search text and bookkeeping stored beside it.
  'RETURN node {.id, .kind, .name, .aliases, .country, .description, .citation, .effective, .sourceIds} AS node, score',
  'ORDER BY score DESC',
  'LIMIT $candidates',
].join('\n');

/**
 * Candidates for a search: the entities the full-text index ranks best for `luceneQuery`, with
 * their Lucene scores, at most `candidates` of them. Asks the index for ten times as many when
 * kinds are filtered, since the filter applies after Lucene ranks.
 */
export async function searchCandidates(
  db: Database,
  luceneQuery: string,
  kinds: readonly EntityKind[] | null,
  candidates: number,
): Promise<Candidate[]> {
  const rows = await db.read(SEARCH_CYPHER, {
    index: ENTITY_NAME_INDEX,
    query: luceneQuery,
    kinds,
    limit: int(kinds === null ? candidates : candidates * 10),
    candidates: int(candidates),
  });
  return rows.map((row) => ({
    entity: entityFromRow(row['node'] as Record<string, unknown>),
    luceneScore: Number(row['score']),
  }));
}

/** What import matching needs of a stored entity: its names, country and dataset. */
export interface EntityName {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country?: string;
  readonly datasetId?: string;
  /** Ids this entity already has a POSSIBLY_SAME_AS edge to, so a match is not made twice. */
  readonly sameAs: readonly string[];
}

/** Every entity's id, kind, names, country and dataset, for matching an import against. */
export async function entityNames(db: Database): Promise<EntityName[]> {
  const rows = await db.read(
    [
      'MATCH (n:Entity)',
      'RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases,',
      '  n.country AS country, n.datasetId AS datasetId,',
      '  [(n)-[:POSSIBLY_SAME_AS]->(m) | m.id] AS sameAs',
      'ORDER BY id',
    ].join('\n'),
  );
  return rows.flatMap((row) => {
    const kind = row['kind'];
    if (!isEntityKind(kind)) return [];
    return [
      {
        id: String(row['id']),
        kind,
        name: String(row['name']),
        aliases: strings(row['aliases']),
        ...optional('country', row['country']),
        ...optional('datasetId', row['datasetId']),
        sameAs: strings(row['sameAs']),
      },
    ];
  });
}
