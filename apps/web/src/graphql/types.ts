// Result and variable types of the operations in operations.ts, mirroring the SDL in
// apps/api/src/schema. Enum unions derive from the domain lists so a new kind flows through.
import type { EntityKind, RelationshipType, Status } from '@detour/domain';

/** Upper-cases one character, prefixing "_" when it starts a new PascalCase word. */
type EnumChar<C extends string> = C extends Lowercase<C> ? Uppercase<C> : `_${C}`;

type EnumCaseRaw<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${EnumChar<Head>}${EnumCaseRaw<Tail>}`
  : '';

/** The type-level twin of the domain's toEnumCase: "EndUser" → "END_USER". */
export type EnumCase<S extends string> =
  EnumCaseRaw<S> extends `_${infer Rest}` ? Rest : EnumCaseRaw<S>;

export type ApiEntityKind = EnumCase<EntityKind>;
export type ApiStatus = Uppercase<Status>;
/** Relationship types are SCREAMING_SNAKE in the domain already. */
export type ApiRelationshipType = RelationshipType;

export interface ApiSource {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly published: string | null;
}

export interface ApiAmount {
  readonly value: number;
  readonly currency: string | null;
  readonly unit: string | null;
}

/** The fields a search hit carries. */
export interface ApiEntitySummary {
  readonly id: string;
  readonly kind: ApiEntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string | null;
}

export interface ApiEntity extends ApiEntitySummary {
  readonly description: string | null;
  readonly citation: string | null;
  readonly effective: string | null;
  readonly sources: readonly ApiSource[];
}

export interface ApiRelationship {
  readonly id: string;
  readonly type: ApiRelationshipType;
  readonly from: string;
  readonly to: string;
  readonly status: ApiStatus;
  readonly start: string | null;
  readonly end: string | null;
  readonly amount: ApiAmount | null;
  readonly quantity: ApiAmount | null;
  readonly note: string | null;
  readonly covers: readonly string[];
  readonly service: string | null;
  readonly share: number | null;
  readonly citation: string | null;
  readonly score: number | null;
  readonly explanation: string | null;
  readonly sources: readonly ApiSource[];
}

export interface ApiSubgraph {
  readonly entities: readonly ApiEntity[];
  readonly relationships: readonly ApiRelationship[];
  readonly truncated: boolean;
}

export interface SearchData {
  readonly search: readonly { readonly entity: ApiEntitySummary; readonly score: number }[];
}
export interface SearchEntitiesData {
  readonly search: readonly { readonly entity: ApiEntity }[];
}
export interface SearchVars {
  readonly query: string;
  readonly kinds?: readonly ApiEntityKind[];
  readonly first?: number;
}

export interface NeighborhoodData {
  readonly neighborhood: ApiSubgraph;
}
export interface NeighborhoodVars {
  readonly id: string;
  readonly depth?: number;
  readonly first?: number;
}

export interface EntityData {
  readonly entity: ApiEntity | null;
}
export interface EntityVars {
  readonly id: string;
}

/** `{ __typename }`: the cheapest question that tells whether the API answers. */
export interface PingData {
  readonly __typename: string;
}
