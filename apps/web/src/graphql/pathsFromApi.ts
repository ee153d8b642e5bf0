// Converts path-analysis results into the explorer's domain-shaped records (see fromApi.ts).
import type {
  AccessChange,
  AccessPath,
  AccessPathResult,
  Chokepoint,
  ProviderExposure,
  WhatIfResult,
} from '../model/paths.ts';
import { entityFromApi, statusFromApi, subgraphFromApi } from './fromApi.ts';
import type {
  AccessPathsData,
  ApiAccessChange,
  ApiAccessPath,
  ChokepointsData,
  ProviderExposureData,
  WhatIfData,
} from './pathTypes.ts';

export function accessPathFromApi(p: ApiAccessPath): AccessPath {
  return {
    endUser: p.endUser,
    provider: p.provider,
    capability: p.capability,
    entities: p.entities,
    relationships: p.relationships,
    intermediaries: p.intermediaries,
    hops: p.hops,
    indirect: p.indirect,
    avoidsDirectContact: p.avoidsDirectContact,
    ...(p.validFrom === null ? {} : { validFrom: p.validFrom }),
    ...(p.validTo === null ? {} : { validTo: p.validTo }),
    coexisted: p.coexisted,
    weakestStatus: statusFromApi(p.weakestStatus),
  };
}

export function accessPathsFromApi(data: AccessPathsData): AccessPathResult {
  const r = data.accessPaths;
  return {
    paths: r.paths.map(accessPathFromApi),
    subgraph: subgraphFromApi(r.subgraph),
    truncated: r.truncated,
  };
}

export function chokepointsFromApi(data: ChokepointsData): Chokepoint[] {
  return data.chokepoints.map((c) => ({
    entity: entityFromApi(c.entity),
    endUsersThrough: c.endUsersThrough,
    endUsersDependent: c.endUsersDependent,
    dependentEndUsers: c.dependentEndUsers,
  }));
}

function changeFromApi(c: ApiAccessChange): AccessChange {
  return {
    endUser: entityFromApi(c.endUser),
    capability: entityFromApi(c.capability),
    pathsBefore: c.pathsBefore,
    pathsAfter: c.pathsAfter,
    ...(c.remainingPath === null ? {} : { remainingPath: accessPathFromApi(c.remainingPath) }),
  };
}

export function whatIfFromApi(data: WhatIfData): WhatIfResult {
  const r = data.whatIf;
  return {
    lost: r.lost.map(changeFromApi),
    kept: r.kept.map(changeFromApi),
    subgraph: subgraphFromApi(r.subgraph),
    truncated: r.truncated,
  };
}

export function exposureFromApi(data: ProviderExposureData): ProviderExposure {
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
