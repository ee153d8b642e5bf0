// The operations the features call: typed, converted to domain-shaped records.
import type { EntityKind } from '@detour/domain';
import type { EntityRecord, SearchHit, Subgraph } from '../model/subgraph.ts';
import { request } from './client.ts';
import { kindToApi } from './enums.ts';
import { entityFromApi, searchHitsFromApi, subgraphFromApi } from './fromApi.ts';
import { NEIGHBORHOOD, PING, SEARCH, SEARCH_ENTITIES } from './operations.ts';

/** The API accepts 1–200 characters. */
export const MAX_QUERY_LENGTH = 200;

export async function searchEntities(
  query: string,
  options: { first?: number; kinds?: readonly EntityKind[]; signal?: AbortSignal } = {},
): Promise<SearchHit[]> {
  const vars = {
    query: query.slice(0, MAX_QUERY_LENGTH),
    first: options.first ?? 8,
    kinds: options.kinds?.map(kindToApi),
  };
  const data = await request(SEARCH, vars, signalOf(options));
  return searchHitsFromApi(data);
}

/** Whole entities of some kinds matching a query (e.g. regulations, with their effective dates). */
export async function searchFullEntities(
  query: string,
  kinds: readonly EntityKind[],
  options: { first?: number; signal?: AbortSignal } = {},
): Promise<EntityRecord[]> {
  const vars = {
    query: query.slice(0, MAX_QUERY_LENGTH),
    kinds: kinds.map(kindToApi),
    first: options.first ?? 50,
  };
  const data = await request(SEARCH_ENTITIES, vars, signalOf(options));
  return data.search.map((hit) => entityFromApi(hit.entity));
}

export async function fetchNeighbourhood(
  id: string,
  options: { depth?: number; first?: number; signal?: AbortSignal } = {},
): Promise<Subgraph> {
  const vars = { id, depth: options.depth ?? 2, first: options.first ?? 50 };
  const data = await request(NEIGHBORHOOD, vars, signalOf(options));
  return subgraphFromApi(data.neighborhood);
}

/** Resolves when the API answers GraphQL; rejects with ApiUnreachableError when it does not. */
export async function ping(options: { signal?: AbortSignal } = {}): Promise<void> {
  await request(PING, {}, signalOf(options));
}

function signalOf(options: { signal?: AbortSignal }): { signal?: AbortSignal } {
  return options.signal === undefined ? {} : { signal: options.signal };
}
