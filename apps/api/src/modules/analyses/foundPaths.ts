/** Paths found on the access graph, as the API reports them, and explained from Neo4j. */
import { dayString, type AccessGraph, type FoundPath } from '@detour/access-graph';
import { RELATIONSHIP_TYPES, STATUSES } from '@detour/domain';
import type { Database } from '../../db/database.ts';
import type { Subgraph } from '../neighborhood/repository.ts';
import { toAccessPath, type AccessPath, type PathStep } from '../paths/accessPath.ts';
import { idsOf, subgraphOf } from '../paths/repository.ts';

export function accessPathOf(graph: AccessGraph, path: FoundPath): AccessPath {
  const steps = [...path.rels].map((r): PathStep => ({
    id: graph.relIds[r] ?? '',
    type: RELATIONSHIP_TYPES[graph.relType[r] ?? 0] ?? 'BUYS_FROM',
    status: STATUSES[graph.relStatus[r] ?? 0] ?? 'unverified',
    validFrom: dayString(graph.relValidFrom[r] ?? 0),
    validTo: dayString(graph.relValidTo[r] ?? 0),
  }));
  return toAccessPath(
    [...path.nodes].map((n) => graph.ids[n] ?? ''),
    steps,
    path.directContact,
  );
}

/** Every entity and relationship of the paths, each once, with their properties from Neo4j. */
export function explainPaths(db: Database, paths: readonly AccessPath[]): Promise<Subgraph> {
  const ids = idsOf(paths);
  return subgraphOf(db, ids.entities, ids.relationships);
}
