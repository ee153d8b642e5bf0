// The path analyses the features call: typed, converted to domain-shaped records. Every analysis
// takes the filter panel's statuses and date exactly as accessPaths does (analysisFilters).
import { STATUSES, type Status } from '@detour/domain';
import type {
  AccessPathResult,
  ChokepointRanking,
  ProviderExposure,
  WhatIfResult,
} from '../model/paths.ts';
import type { EntityRecord } from '../model/subgraph.ts';
import { request } from './client.ts';
import { statusToApi } from './enums.ts';
import { entityFromApi } from './fromApi.ts';
import type { Status as ApiStatus } from './generated/graphql.ts';
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

/** The filters every path analysis takes. */
export interface AnalysisFilters {
  /** Only relationships with these statuses; empty or absent means all. */
  readonly statuses?: readonly Status[];
  /** YYYY-MM-DD, or null for any time. */
  readonly asOf: string | null;
  /** The longest path in relationships; absent: the API's default for the analysis. */
  readonly maxHops?: number;
}

/**
 * The filters as GraphQL variables: no status list when every status counts, so the API sees one
 * question (and reuses its cached answer) whether the list was left alone or ticked back in full.
 */
export function analysisFilters(f: AnalysisFilters): {
  statuses: ApiStatus[] | null;
  asOf: string | null;
  maxHops?: number;
} {
  const chosen = f.statuses ?? [];
  const every = chosen.length === 0 || STATUSES.every((s) => chosen.includes(s));
  const statuses = every ? null : chosen.map(statusToApi);
  return { statuses, asOf: f.asOf, ...(f.maxHops === undefined ? {} : { maxHops: f.maxHops }) };
}

/** Where a list page starts: the `after` cursor (null for the first page) and its size. */
export interface PageRequest {
  readonly after: string | null;
  readonly first: number;
}

export interface AccessPathQuery extends AnalysisFilters {
  readonly from: string | null;
  readonly to: string | null;
  readonly provider?: string | null;
  readonly indirectOnly: boolean;
  readonly first?: number;
  readonly after?: string | null;
  /** Also count the end users with a path (every page): only where it is shown. */
  readonly withEndUsers?: boolean;
}

export async function fetchAccessPaths(
  q: AccessPathQuery,
  options: Signal = {},
): Promise<AccessPathResult> {
  const data = await request(
    ACCESS_PATHS,
    {
      from: q.from,
      to: q.to,
      provider: q.provider ?? null,
      indirectOnly: q.indirectOnly,
      ...analysisFilters(q),
      first: q.first ?? 200,
      after: q.after ?? null,
      withEndUsers: q.withEndUsers ?? false,
    },
    options,
  );
  return accessPathsFromApi(data);
}

/** What an analysis is about: a chip or model, a provider, and the filters. */
export interface Scope extends AnalysisFilters {
  readonly to: string | null;
  readonly provider: string | null;
}

function scopeVariables(scope: Scope) {
  return { to: scope.to, provider: scope.provider, ...analysisFilters(scope) };
}

export async function fetchChokepoints(
  scope: Scope,
  page: PageRequest,
  options: Signal = {},
): Promise<ChokepointRanking> {
  const data = await request(
    CHOKEPOINTS,
    { ...scopeVariables(scope), first: page.first, after: page.after },
    options,
  );
  return chokepointsFromApi(data);
}

export async function fetchWhatIf(
  remove: readonly string[],
  scope: Scope,
  pages: { readonly lost: PageRequest; readonly kept: PageRequest },
  options: Signal = {},
): Promise<WhatIfResult> {
  const data = await request(
    WHAT_IF,
    {
      remove,
      ...scopeVariables(scope),
      lostFirst: pages.lost.first,
      lostAfter: pages.lost.after,
      keptFirst: pages.kept.first,
      keptAfter: pages.kept.after,
    },
    options,
  );
  return whatIfFromApi(data);
}

export interface ExposureQuery extends AnalysisFilters {
  readonly provider: string;
}

export async function fetchProviderExposure(
  q: ExposureQuery,
  page: PageRequest & { readonly pathsEach: number; readonly channels: number },
  options: Signal = {},
): Promise<ProviderExposure> {
  const data = await request(
    PROVIDER_EXPOSURE,
    {
      provider: q.provider,
      ...analysisFilters(q),
      first: page.first,
      after: page.after,
      pathsEach: page.pathsEach,
      channels: page.channels,
    },
    options,
  );
  return exposureFromApi(data);
}

export async function fetchEntity(id: string, options: Signal = {}): Promise<EntityRecord | null> {
  const data = await request(ENTITY, { id }, options);
  return data.entity === null ? null : entityFromApi(data.entity);
}
