// Result and variable types of the operations in pathOperations.ts, mirroring paths.graphql.
import type { ApiEntity, ApiStatus, ApiSubgraph } from './types.ts';

export interface ApiAccessPath {
  readonly endUser: string;
  readonly provider: string;
  readonly capability: string;
  readonly entities: readonly string[];
  readonly relationships: readonly string[];
  readonly intermediaries: readonly string[];
  readonly hops: number;
  readonly indirect: boolean;
  readonly avoidsDirectContact: boolean;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly coexisted: boolean;
  readonly weakestStatus: ApiStatus;
}

export interface AccessPathsData {
  readonly accessPaths: {
    readonly paths: readonly ApiAccessPath[];
    readonly subgraph: ApiSubgraph;
    readonly truncated: boolean;
  };
}
export interface AccessPathsVars {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly provider?: string | null;
  readonly maxHops?: number;
  readonly indirectOnly?: boolean;
  readonly statuses?: readonly ApiStatus[] | null;
  readonly asOf?: string | null;
  readonly first?: number;
}

export interface ApiChokepoint {
  readonly entity: ApiEntity;
  readonly endUsersThrough: number;
  readonly endUsersDependent: number;
  readonly dependentEndUsers: readonly string[];
}
export interface ChokepointsData {
  readonly chokepoints: readonly ApiChokepoint[];
}
export interface ScopeVars {
  readonly to?: string | null;
  readonly provider?: string | null;
}
export interface ChokepointsVars extends ScopeVars {
  readonly first?: number;
}

export interface ApiAccessChange {
  readonly endUser: ApiEntity;
  readonly capability: ApiEntity;
  readonly pathsBefore: number;
  readonly pathsAfter: number;
  readonly remainingPath: ApiAccessPath | null;
}
export interface WhatIfData {
  readonly whatIf: {
    readonly lost: readonly ApiAccessChange[];
    readonly kept: readonly ApiAccessChange[];
    readonly subgraph: ApiSubgraph;
    readonly truncated: boolean;
  };
}
export interface WhatIfVars extends ScopeVars {
  readonly remove: readonly string[];
}

export interface ApiExposedEndUser {
  readonly endUser: ApiEntity;
  readonly controlLists: readonly ApiEntity[];
  readonly listed: boolean;
  readonly paths: readonly ApiAccessPath[];
}
export interface ProviderExposureData {
  readonly providerExposure: {
    readonly provider: ApiEntity;
    readonly endUsers: readonly ApiExposedEndUser[];
    readonly subgraph: ApiSubgraph;
    readonly truncated: boolean;
  };
}
export interface ProviderExposureVars {
  readonly provider: string;
}
