// The path analyses the features call: typed, converted to domain-shaped records.
import type { Status } from '@detour/domain';
import type {
  AccessPathResult,
  Chokepoint,
  ProviderExposure,
  WhatIfResult,
} from '../model/paths.ts';
import type { EntityRecord } from '../model/subgraph.ts';
import { request } from './client.ts';
import { statusToApi } from './enums.ts';
import { entityFromApi } from './fromApi.ts';
import { ENTITY } from './operations.ts';
import { ACCESS_PATHS, CHOKEPOINTS, PROVIDER_EXPOSURE, WHAT_IF } from './pathOperations.ts';
import {
  accessPathsFromApi,
  chokepointsFromApi,
  exposureFromApi,
  whatIfFromApi,
} from './pathsFromApi.ts';

interface Signal {
  readonly signal?: AbortSignal;
}

export interface AccessPathQuery {
  readonly from: string | null;
  readonly to: string | null;
  readonly provider?: string | null;
  /** Only relationships with these statuses; empty or absent means all. */
  readonly statuses?: readonly Status[];
  readonly asOf: string | null;
  readonly indirectOnly: boolean;
  readonly first?: number;
}

export async function fetchAccessPaths(
  q: AccessPathQuery,
  options: Signal = {},
): Promise<AccessPathResult> {
  const statuses =
    q.statuses === undefined || q.statuses.length === 0 ? null : q.statuses.map(statusToApi);
  const data = await request(
    ACCESS_PATHS,
    {
      from: q.from,
      to: q.to,
      provider: q.provider ?? null,
      indirectOnly: q.indirectOnly,
      statuses,
      asOf: q.asOf,
      first: q.first ?? 200,
    },
    options,
  );
  return accessPathsFromApi(data);
}

export interface Scope {
  readonly to: string | null;
  readonly provider: string | null;
}

export async function fetchChokepoints(scope: Scope, options: Signal = {}): Promise<Chokepoint[]> {
  const data = await request(CHOKEPOINTS, { ...scope, first: 50 }, options);
  return chokepointsFromApi(data);
}

export async function fetchWhatIf(
  remove: readonly string[],
  scope: Scope,
  options: Signal = {},
): Promise<WhatIfResult> {
  const data = await request(WHAT_IF, { remove, ...scope }, options);
  return whatIfFromApi(data);
}

export async function fetchProviderExposure(
  provider: string,
  options: Signal = {},
): Promise<ProviderExposure> {
  const data = await request(PROVIDER_EXPOSURE, { provider }, options);
  return exposureFromApi(data);
}

export async function fetchEntity(id: string, options: Signal = {}): Promise<EntityRecord | null> {
  const data = await request(ENTITY, { id }, options);
  return data.entity === null ? null : entityFromApi(data.entity);
}
