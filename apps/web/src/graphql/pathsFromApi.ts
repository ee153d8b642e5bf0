// Converts path-analysis results into the explorer's domain-shaped records (see fromApi.ts).
import type {
  AccessChange,
  AccessPath,
  AccessPathResult,
  Chokepoint,
  ProviderExposure,
  WhatIfResult,
} from '../model/paths.ts';
import { statusFromApi } from './enums.ts';
import { entityFromApi, opt, subgraphFromApi } from './fromApi.ts';
import type {
  AccessChangeFieldsFragment,
  AccessPathsQuery,
  ChokepointFieldsFragment,
  ChokepointsQuery,
  PathFieldsFragment,
  ProviderExposureQuery,
  WhatIfQuery,
} from './generated/graphql.ts';

export function accessPathFromApi(p: PathFieldsFragment): AccessPath {
  const { validFrom, validTo, weakestStatus, ...fields } = p;
  return {
    ...fields,
    ...opt('validFrom', validFrom),
    ...opt('validTo', validTo),
    weakestStatus: statusFromApi(weakestStatus),
  };
}

export function accessPathsFromApi(data: AccessPathsQuery): AccessPathResult {
  const r = data.accessPaths;
  return {
    paths: r.paths.map(accessPathFromApi),
    subgraph: subgraphFromApi(r.subgraph),
    truncated: r.truncated,
  };
}

function chokepointFromApi(c: ChokepointFieldsFragment): Chokepoint {
  return { ...c, entity: entityFromApi(c.entity) };
}

export function chokepointsFromApi(data: ChokepointsQuery): Chokepoint[] {
  return data.chokepoints.map(chokepointFromApi);
}

function changeFromApi(c: AccessChangeFieldsFragment): AccessChange {
  const { remainingPath, ...fields } = c;
  return {
    ...fields,
    endUser: entityFromApi(c.endUser),
    capability: entityFromApi(c.capability),
    ...opt('remainingPath', remainingPath === null ? null : accessPathFromApi(remainingPath)),
  };
}

export function whatIfFromApi(data: WhatIfQuery): WhatIfResult {
  const r = data.whatIf;
  return {
    lost: r.lost.map(changeFromApi),
    kept: r.kept.map(changeFromApi),
    subgraph: subgraphFromApi(r.subgraph),
    truncated: r.truncated,
  };
}

export function exposureFromApi(data: ProviderExposureQuery): ProviderExposure {
  const r = data.providerExposure;
  return {
    provider: entityFromApi(r.provider),
    endUsers: r.endUsers.map((e) => ({
      endUser: entityFromApi(e.endUser),
      controlLists: e.controlLists.map(entityFromApi),
      listed: e.listed,
      paths: e.paths.map(accessPathFromApi),
    })),
    subgraph: subgraphFromApi(r.subgraph),
    truncated: r.truncated,
  };
}
