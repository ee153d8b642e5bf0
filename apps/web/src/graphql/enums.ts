// The API spells the domain's words as GraphQL enum values: EndUser ↔ END_USER, reported ↔ REPORTED.
import {
  ENTITY_KINDS,
  MATCH_QUALITIES,
  STATUSES,
  isRelationshipType,
  toEnumCase,
  type EntityKind,
  type MatchQuality,
  type RelationshipType,
  type Status,
} from '@detour/domain';
import { ApiError } from './client.ts';
import type { EntityKind as ApiEntityKind, Status as ApiStatus } from './generated/graphql.ts';

/** Upper-cases one character, prefixing "_" when it starts a new PascalCase word. */
type EnumChar<C extends string> = C extends Lowercase<C> ? Uppercase<C> : `_${C}`;

type EnumCaseRaw<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${EnumChar<Head>}${EnumCaseRaw<Tail>}`
  : '';

/** The type-level twin of the domain's toEnumCase: "EndUser" → "END_USER". */
export type EnumCase<S extends string> =
  EnumCaseRaw<S> extends `_${infer Rest}` ? Rest : EnumCaseRaw<S>;

const KIND_BY_ENUM: ReadonlyMap<string, EntityKind> = new Map(
  ENTITY_KINDS.map((k) => [toEnumCase(k), k]),
);
const STATUS_BY_ENUM: ReadonlyMap<string, Status> = new Map(
  STATUSES.map((s) => [s.toUpperCase(), s]),
);
const QUALITY_BY_ENUM: ReadonlyMap<string, MatchQuality> = new Map(
  MATCH_QUALITIES.map((q) => [toEnumCase(q), q]),
);

export function kindFromApi(value: string): EntityKind {
  const kind = KIND_BY_ENUM.get(value);
  if (kind === undefined) throw new ApiError('BAD_RESPONSE', `Unknown entity kind ${value}.`);
  return kind;
}

export function statusFromApi(value: string): Status {
  const status = STATUS_BY_ENUM.get(value);
  if (status === undefined) throw new ApiError('BAD_RESPONSE', `Unknown status ${value}.`);
  return status;
}

/** ALL_WORDS → "all-words": how a search hit matched. */
export function qualityFromApi(value: string): MatchQuality {
  const quality = QUALITY_BY_ENUM.get(value);
  if (quality === undefined) throw new ApiError('BAD_RESPONSE', `Unknown match quality ${value}.`);
  return quality;
}

/** Relationship types are SCREAMING_SNAKE in the domain already; a newer API may know more. */
export function typeFromApi(value: string): RelationshipType {
  if (!isRelationshipType(value))
    throw new ApiError('BAD_RESPONSE', `Unknown relationship type ${value}.`);
  return value;
}

/**
 * "EndUser" → "END_USER". The return type only compiles while every domain kind is a value of the
 * SDL's EntityKind (as generated); enums.test.ts checks the other direction.
 */
export function kindToApi(kind: EntityKind): ApiEntityKind {
  return toEnumCase(kind) as EnumCase<EntityKind>;
}

/** "reported" → "REPORTED", checked against the SDL's Status like kindToApi. */
export function statusToApi(status: Status): ApiStatus {
  return status.toUpperCase() as Uppercase<Status>;
}
