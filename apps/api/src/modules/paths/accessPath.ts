import {
  STATUSES,
  isRelationshipType,
  isStatus,
  weakerStatus,
  type RelationshipType,
  type Status,
} from '@detour/domain';

/** One relationship of a path as the query returns it. */
export interface PathStep {
  readonly id: string;
  readonly type: RelationshipType;
  readonly status: Status;
  /** First and last day it held, YYYY-MM-DD; null when open. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** An access path with everything the API reports about it (see AccessPath in paths.graphql). */
export interface AccessPath {
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
  readonly weakestStatus: Status;
}

/** The rank of each status, strongest 0: a query parameter for ordering by evidence. */
export const STATUS_RANK: Readonly<Record<Status, number>> = Object.fromEntries(
  STATUSES.map((status, index) => [status, index]),
) as Record<Status, number>;

export function toStep(raw: Readonly<Record<string, unknown>>): PathStep {
  const { id, type, status, validFrom, validTo } = raw;
  if (!isRelationshipType(type) || !isStatus(status))
    throw new Error(`Unexpected path step ${String(id)}`);
  return {
    id: String(id),
    type,
    status,
    validFrom: typeof validFrom === 'string' ? validFrom : null,
    validTo: typeof validTo === 'string' ? validTo : null,
  };
}

/**
 * Builds the reported facts of a path from its entity ids (end user … provider, capability) and
 * steps. `directContact`: the end user has a BUYS_FROM of its own to the provider.
 */
export function toAccessPath(
  nodeIds: readonly string[],
  steps: readonly PathStep[],
  directContact: boolean,
): AccessPath {
  const endUser = nodeIds[0];
  const provider = nodeIds[nodeIds.length - 2];
  const capability = nodeIds[nodeIds.length - 1];
  if (
    endUser === undefined ||
    provider === undefined ||
    capability === undefined ||
    steps.length === 0
  ) {
    throw new Error('A path needs an end user, a provider and a capability');
  }
  const intermediaries = nodeIds.slice(1, -2);
  const froms = steps.map((s) => s.validFrom).filter((d): d is string => d !== null);
  const tos = steps.map((s) => s.validTo).filter((d): d is string => d !== null);
  const validFrom = froms.length > 0 ? froms.reduce((a, b) => (a > b ? a : b)) : null;
  const validTo = tos.length > 0 ? tos.reduce((a, b) => (a < b ? a : b)) : null;
  const indirect = intermediaries.length > 0;
  return {
    endUser,
    provider,
    capability,
    entities: nodeIds,
    relationships: steps.map((s) => s.id),
    intermediaries,
    hops: steps.length,
    indirect,
    avoidsDirectContact: indirect && !directContact,
    validFrom,
    validTo,
    coexisted: validFrom === null || validTo === null || validFrom <= validTo,
    weakestStatus: steps.map((s) => s.status).reduce(weakerStatus),
  };
}
