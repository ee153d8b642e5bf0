// What the explorer holds in state: domain records with their sources resolved to documents.
import type { Entity, MatchQuality, Relationship, Source } from '@detour/domain';

/** An entity as the explorer shows it: the domain record, sources as documents. */
export interface EntityRecord extends Omit<Entity, 'sources'> {
  readonly sources: readonly Source[];
}

/** A relationship as the explorer shows it: the domain record, sources as documents. */
export interface RelationshipRecord extends Omit<Relationship, 'sources'> {
  readonly sources: readonly Source[];
}

/** A bounded part of the network, as the API returns it for one neighbourhood. */
export interface Subgraph {
  readonly entities: readonly EntityRecord[];
  readonly relationships: readonly RelationshipRecord[];
  /** True when the API cut the result at its depth or page bound. */
  readonly truncated: boolean;
}

/** The short form of an entity a search hit carries. */
export type EntitySummary = Pick<EntityRecord, 'id' | 'kind' | 'name' | 'aliases' | 'country'>;

/** Why a search hit matched: the name or alias that did, and how well. */
export interface SearchMatch {
  readonly quality: MatchQuality;
  readonly name: string;
  readonly alias: boolean;
  readonly explanation: string;
}

export interface SearchHit {
  readonly entity: EntitySummary;
  readonly score: number;
  readonly match: SearchMatch;
}

/** What is selected in the explorer: one entity, one relationship, or one access path (by pathKey). */
export type Selection =
  | { readonly type: 'entity'; readonly id: string }
  | { readonly type: 'relationship'; readonly id: string }
  | { readonly type: 'path'; readonly id: string };

export const EMPTY_SUBGRAPH: Subgraph = { entities: [], relationships: [], truncated: false };

/** Lookup tables for a subgraph, built once per subgraph. */
export interface SubgraphIndex {
  readonly entities: ReadonlyMap<string, EntityRecord>;
  readonly relationships: ReadonlyMap<string, RelationshipRecord>;
}

export function indexSubgraph(subgraph: Subgraph): SubgraphIndex {
  return {
    entities: new Map(subgraph.entities.map((e) => [e.id, e])),
    relationships: new Map(subgraph.relationships.map((r) => [r.id, r])),
  };
}
