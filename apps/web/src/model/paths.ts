// Access paths and the analyses built on them, in the explorer's domain spelling. The fields the
// explorer takes over as they are come from the types codegen generates from the API's SDL
// (paths.graphql documents them); the rest are converted by graphql/pathsFromApi.ts.
import type { Status } from '@detour/domain';
import type {
  AccessChangeFieldsFragment,
  ChokepointFieldsFragment,
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

export interface AccessPathResult {
  readonly paths: readonly AccessPath[];
  readonly subgraph: Subgraph;
  readonly truncated: boolean;
}

/** An intermediary ranked by how much end-user access runs through it. */
export interface Chokepoint extends Omit<ChokepointFieldsFragment, 'entity'> {
  readonly entity: EntityRecord;
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

export interface WhatIfResult {
  readonly lost: readonly AccessChange[];
  readonly kept: readonly AccessChange[];
  readonly subgraph: Subgraph;
  readonly truncated: boolean;
}

export interface ExposedEndUser {
  readonly endUser: EntityRecord;
  readonly controlLists: readonly EntityRecord[];
  readonly listed: boolean;
  readonly paths: readonly AccessPath[];
}

export interface ProviderExposure {
  readonly provider: EntityRecord;
  readonly endUsers: readonly ExposedEndUser[];
  readonly subgraph: Subgraph;
  readonly truncated: boolean;
}

/** A path's identity: its relationship ids in order (a path is its sequence of relationships). */
export function pathKey(path: Pick<AccessPath, 'relationships'>): string {
  return path.relationships.join(',');
}
