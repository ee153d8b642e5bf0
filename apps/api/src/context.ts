import DataLoader from 'dataloader';
import type { Entity, Source } from '@detour/domain';
import { ANONYMOUS, type Caller } from './auth/authenticate.ts';
import type { Database } from './db/database.ts';
import type { AccessIndex, IndexedGraph } from './modules/analyses/accessIndex.ts';
import { entitiesByIds, sourcesByIds } from './modules/entities/repository.ts';

/**
 * What every resolver receives: the database, who is calling (from their bearer token),
 * per-request loaders (never shared across requests) and the access graph for the analyses.
 */
export interface Context {
  readonly db: Database;
  readonly caller: Caller;
  /** The access graph of the data as it is at this request (its version read once per request). */
  readonly accessGraph: () => Promise<IndexedGraph>;
  readonly loaders: {
    readonly entity: DataLoader<string, Entity | null>;
    readonly source: DataLoader<string, Source | null>;
  };
}

function byId<T extends { id: string }>(ids: readonly string[], items: readonly T[]): (T | null)[] {
  const map = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => map.get(id) ?? null);
}

export function createContext(
  db: Database,
  index: AccessIndex,
  caller: Caller = ANONYMOUS,
): Context {
  let graph: Promise<IndexedGraph> | null = null;
  return {
    db,
    caller,
    accessGraph: () => (graph ??= index.graph()),
    loaders: {
      entity: new DataLoader(async (ids) => byId(ids, await entitiesByIds(db, ids))),
      source: new DataLoader(async (ids) => byId(ids, await sourcesByIds(db, ids))),
    },
  };
}
