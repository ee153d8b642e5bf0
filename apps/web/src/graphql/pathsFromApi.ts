// Converts path-analysis results into the explorer's domain-shaped records (see fromApi.ts).
import type {
  AccessChange,
  AccessChangePage,
  AccessPath,
  AccessPathResult,
  Chokepoint,
  ChokepointRanking,
  ExposedEndUser,
  ProviderExposure,
  WhatIfResult,
} from '../model/paths.ts';
import { statusFromApi } from './enums.ts';
import { entityFromApi, opt, subgraphFromApi } from './fromApi.ts';
import type {
  AccessChangeFieldsFragment,
  AccessChangePageFieldsFragment,
  AccessPathsQuery,
  ChokepointFieldsFragment,
  ChokepointsQuery,
  ExposedEndUserFieldsFragment,
  PageInfoFieldsFragment,
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

function pageInfoFromApi(p: PageInfoFieldsFragment): PageInfoFieldsFragment {
  return { endCursor: p.endCursor, hasNextPage: p.hasNextPage };
}

export function accessPathsFromApi(data: AccessPathsQuery): AccessPathResult {
  const r = data.accessPaths;
  return {
    paths: r.paths.map(accessPathFromApi),
    subgraph: subgraphFromApi(r.subgraph),
    truncated: r.truncated,
    endCursor: r.endCursor,
    ...opt('endUsers', r.endUsers),
  };
}

function chokepointFromApi(c: ChokepointFieldsFragment): Chokepoint {
  return { ...c, entity: entityFromApi(c.entity) };
}

export function chokepointsFromApi(data: ChokepointsQuery): ChokepointRanking {
  const r = data.chokepoints;
  return {
    items: r.items.map(chokepointFromApi),
    totalCount: r.totalCount,
    endUsersWithAccess: r.endUsersWithAccess,
    pageInfo: pageInfoFromApi(r.pageInfo),
    complete: r.complete,
  };
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

function changePageFromApi(p: AccessChangePageFieldsFragment): AccessChangePage {
  return {
    items: p.items.map(changeFromApi),
    totalCount: p.totalCount,
    endUsers: p.endUsers,
    pageInfo: pageInfoFromApi(p.pageInfo),
    subgraph: subgraphFromApi(p.subgraph),
  };
}

export function whatIfFromApi(data: WhatIfQuery): WhatIfResult {
  const r = data.whatIf;
  return {
    removed: r.removed.map(entityFromApi),
    lost: changePageFromApi(r.lost),
    kept: changePageFromApi(r.kept),
    lostByCapability: r.lostByCapability.map((c) => ({
      capability: entityFromApi(c.capability),
      endUsers: c.endUsers,
    })),
    complete: r.complete,
  };
}

function exposedFromApi(e: ExposedEndUserFieldsFragment): ExposedEndUser {
  return {
    endUser: entityFromApi(e.endUser),
    controlLists: e.controlLists.map(entityFromApi),
    listed: e.listed,
    pathCount: e.pathCount,
    paths: e.paths.map(accessPathFromApi),
  };
}

export function exposureFromApi(data: ProviderExposureQuery): ProviderExposure {
  const r = data.providerExposure;
  return {
    provider: entityFromApi(r.provider),
    endUsers: {
      items: r.endUsers.items.map(exposedFromApi),
      totalCount: r.endUsers.totalCount,
      pageInfo: pageInfoFromApi(r.endUsers.pageInfo),
      subgraph: subgraphFromApi(r.endUsers.subgraph),
    },
    endUsersReaching: r.endUsersReaching,
    listedEndUsers: r.listedEndUsers,
    channels: r.channels.map((c) => ({
      entity: entityFromApi(c.entity),
      endUsers: c.endUsers,
      listedEndUsers: c.listedEndUsers,
    })),
    complete: r.complete,
  };
}
