/**
 * The figures of W6's GraphQL answers in the shape the floor gives them (w6Floor.ts), so the two
 * can be compared: the same counts, ids and paths, in the same order.
 */

/** JSON-like: compared with firstDifference. */
export type Digest = Readonly<Record<string, unknown>>;

interface Ref {
  readonly id: string;
}
interface Path {
  readonly relationships: readonly string[];
}
interface ChangePage {
  readonly totalCount: number;
  readonly endUsers: number;
  readonly items: readonly {
    readonly endUser: Ref;
    readonly capability: Ref;
    readonly pathsBefore: number;
    readonly pathsAfter: number;
    readonly remainingPath: Path | null;
  }[];
}

interface ChokepointsData {
  readonly chokepoints: {
    readonly totalCount: number;
    readonly endUsersWithAccess: number;
    readonly items: readonly {
      readonly entity: Ref;
      readonly endUsersThrough: number;
      readonly endUsersDependent: number;
    }[];
  };
}

interface WhatIfData {
  readonly whatIf: {
    readonly lost: ChangePage;
    readonly kept: ChangePage;
    readonly lostByCapability: readonly { readonly capability: Ref; readonly endUsers: number }[];
  };
}

interface ExposureData {
  readonly providerExposure: {
    readonly endUsers: {
      readonly totalCount: number;
      readonly items: readonly {
        readonly endUser: Ref;
        readonly listed: boolean;
        readonly pathCount: number;
        readonly paths: readonly Path[];
      }[];
    };
    readonly endUsersReaching: number;
    readonly listedEndUsers: number;
    readonly channels: readonly {
      readonly entity: Ref;
      readonly endUsers: number;
      readonly listedEndUsers: number;
    }[];
  };
}

interface TopPathsData {
  readonly accessPaths: { readonly truncated: boolean; readonly paths: readonly Path[] };
}

const pathKey = (path: Path): string => path.relationships.join(' ');

function changePage(page: ChangePage): Digest {
  return {
    totalCount: page.totalCount,
    endUsers: page.endUsers,
    items: page.items.map((c) => [
      c.endUser.id,
      c.capability.id,
      c.pathsBefore,
      c.pathsAfter,
      c.remainingPath === null ? null : pathKey(c.remainingPath),
    ]),
  };
}

export function chokepointsDigest(data: unknown): Digest {
  const { chokepoints } = data as ChokepointsData;
  return {
    totalCount: chokepoints.totalCount,
    endUsersWithAccess: chokepoints.endUsersWithAccess,
    items: chokepoints.items.map((c) => [c.entity.id, c.endUsersThrough, c.endUsersDependent]),
  };
}

export function whatIfDigest(data: unknown): Digest {
  const { whatIf } = data as WhatIfData;
  return {
    lost: changePage(whatIf.lost),
    kept: changePage(whatIf.kept),
    lostByCapability: whatIf.lostByCapability.map((c) => [c.capability.id, c.endUsers]),
  };
}

export function exposureDigest(data: unknown): Digest {
  const { providerExposure: exposure } = data as ExposureData;
  return {
    totalCount: exposure.endUsers.totalCount,
    endUsersReaching: exposure.endUsersReaching,
    listedEndUsers: exposure.listedEndUsers,
    items: exposure.endUsers.items.map((u) => [
      u.endUser.id,
      u.listed,
      u.pathCount,
      u.paths.map(pathKey),
    ]),
    channels: exposure.channels.map((c) => [c.entity.id, c.endUsers, c.listedEndUsers]),
  };
}

export function topPathsDigest(data: unknown): Digest {
  const { accessPaths } = data as TopPathsData;
  return { truncated: accessPaths.truncated, paths: accessPaths.paths.map(pathKey) };
}
