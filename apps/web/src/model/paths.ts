// Access paths and the analyses built on them, in the explorer's domain spelling.
import type { Status } from '@detour/domain';
import type { EntityRecord, Subgraph } from './subgraph.ts';

/** One way an end user reaches a chip or model (see AccessPath in the API's paths.graphql). */
export interface AccessPath {
  readonly endUser: string;
  readonly provider: string;
  readonly capability: string;
  /** End user first, capability last. */
  readonly entities: readonly string[];
  readonly relationships: readonly string[];
  readonly intermediaries: readonly string[];
  readonly hops: number;
  readonly indirect: boolean;
  /** Indirect, and the end user has no BUYS_FROM of its own to the provider. */
  readonly avoidsDirectContact: boolean;
  readonly validFrom?: string;
  readonly validTo?: string;
  /** False when the relationships never held at the same time. */
  readonly coexisted: boolean;
  readonly weakestStatus: Status;
}

export interface AccessPathResult {
  readonly paths: readonly AccessPath[];
  readonly subgraph: Subgraph;
  readonly truncated: boolean;
}

export interface Chokepoint {
  readonly entity: EntityRecord;
  readonly endUsersThrough: number;
  readonly endUsersDependent: number;
  readonly dependentEndUsers: readonly string[];
}

export interface AccessChange {
  readonly endUser: EntityRecord;
  readonly capability: EntityRecord;
  readonly pathsBefore: number;
  readonly pathsAfter: number;
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
