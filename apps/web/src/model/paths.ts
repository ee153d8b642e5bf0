// Access paths and the analyses built on them, in the explorer's domain spelling. The fields the
// explorer takes over as they are come from the types codegen generates from the API's SDL
// (paths.graphql and analyses.graphql document them); the rest are converted by
// graphql/pathsFromApi.ts.
import type { Status } from '@detour/domain';
import type {
  AccessChangeFieldsFragment,
  ChokepointFieldsFragment,
  PageInfoFieldsFragment,
  PathFieldsFragment,
} from '../graphql/generated/graphql.ts';
import type { EntityRecord, Subgraph } from './subgraph.ts';

/**
 * One way an end user reaches a chip or model. `entities` runs from the end user to the
 * capability; `avoidsDirectContact`: indirect, and the end user has no BUYS_FROM of its own to the
 * provider; `coexisted` is false when the relationships never held at the same time.
 */
export interface AccessPath extends Omit<
  PathFieldsFragment,
  'validFrom' | 'validTo' | 'weakestStatus'
> {
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly weakestStatus: Status;
}

/** Where a page of a list ends: `endCursor` is the `after` of the next page (null on the last). */
export type PageInfo = PageInfoFieldsFragment;

/** One page of access paths. */
export interface AccessPathResult {
  readonly paths: readonly AccessPath[];
  readonly subgraph: Subgraph;
  /** True when more paths follow this page. */
  readonly truncated: boolean;
  readonly endCursor: string | null;
  /** How many end users have a path under the question (every page), when it was asked for. */
  readonly endUsers?: number;
}

/** An intermediary ranked by how much end-user access runs through it. */
export interface Chokepoint extends Omit<ChokepointFieldsFragment, 'entity'> {
  readonly entity: EntityRecord;
}

/** A page of chokepoints with the totals of the whole ranking. */
export interface ChokepointRanking {
  readonly items: readonly Chokepoint[];
  /** How many intermediaries stand on at least one access path in scope. */
  readonly totalCount: number;
  readonly endUsersWithAccess: number;
  readonly pageInfo: PageInfo;
  /** False while an import was still loading when the data was read. */
  readonly complete: boolean;
}

/** What cutting some entities off does to one end user's access to one capability. */
export interface AccessChange extends Omit<
  AccessChangeFieldsFragment,
  'endUser' | 'capability' | 'remainingPath'
> {
  readonly endUser: EntityRecord;
  readonly capability: EntityRecord;
  readonly remainingPath?: AccessPath;
}

/** A page of access changes; `subgraph` explains the page's remaining paths. */
export interface AccessChangePage {
  readonly items: readonly AccessChange[];
  /** End user and capability pairs in all (every page). */
  readonly totalCount: number;
  /** Different end users those pairs concern. */
  readonly endUsers: number;
  readonly pageInfo: PageInfo;
  readonly subgraph: Subgraph;
}

export interface CapabilityCount {
  readonly capability: EntityRecord;
  readonly endUsers: number;
}

export interface WhatIfResult {
  readonly removed: readonly EntityRecord[];
  readonly lost: AccessChangePage;
  readonly kept: AccessChangePage;
  /** Per capability, how many end users lose it, most first. */
  readonly lostByCapability: readonly CapabilityCount[];
  readonly complete: boolean;
}

export interface ExposedEndUser {
  readonly endUser: EntityRecord;
  readonly controlLists: readonly EntityRecord[];
  readonly listed: boolean;
  /** How many access paths it has to the provider's offers (more than `paths` may hold). */
  readonly pathCount: number;
  readonly paths: readonly AccessPath[];
}

export interface ExposedEndUserPage {
  /** Listed end users first, then by name (across pages). */
  readonly items: readonly ExposedEndUser[];
  readonly totalCount: number;
  readonly pageInfo: PageInfo;
  readonly subgraph: Subgraph;
}

/** An entity just before the provider on exposed end users' paths, with how many come through it. */
export interface ExposureChannel {
  readonly entity: EntityRecord;
  readonly endUsers: number;
  readonly listedEndUsers: number;
}

export interface ProviderExposure {
  readonly provider: EntityRecord;
  readonly endUsers: ExposedEndUserPage;
  /** End users reaching the provider's offers at all, with or without a contract. */
  readonly endUsersReaching: number;
  readonly listedEndUsers: number;
  /** Most end users first. */
  readonly channels: readonly ExposureChannel[];
  readonly complete: boolean;
}

/** A path's identity: its relationship ids in order (a path is its sequence of relationships). */
export function pathKey(path: Pick<AccessPath, 'relationships'>): string {
  return path.relationships.join(',');
}
