// Converts API results (types generated from the SDL: SCREAMING_SNAKE enums, nulls) into the
// explorer's domain-shaped records.
import type { Amount, Source } from '@detour/domain';
import type {
  EntityRecord,
  EntitySummary,
  RelationshipRecord,
  SearchHit,
  Subgraph,
} from '../model/subgraph.ts';
import { kindFromApi, qualityFromApi, statusFromApi, typeFromApi } from './enums.ts';
import type {
  AmountFieldsFragment,
  EntityFieldsFragment,
  EntitySummaryFieldsFragment,
  RelationshipFieldsFragment,
  SearchQuery,
  SourceFieldsFragment,
  SubgraphFieldsFragment,
} from './generated/graphql.ts';

/** `{ key: value }` when value is present, `{}` otherwise (exactOptionalPropertyTypes-friendly). */
export function opt<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value == null ? {} : ({ [key]: value } as { [P in K]?: V });
}

function sourceFromApi(s: SourceFieldsFragment): Source {
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    ...opt('published', s.published),
  };
}

function amountFromApi(a: AmountFieldsFragment): Amount {
  return { value: a.value, ...opt('currency', a.currency), ...opt('unit', a.unit) };
}

export function summaryFromApi(e: EntitySummaryFieldsFragment): EntitySummary {
  return {
    id: e.id,
    kind: kindFromApi(e.kind),
    name: e.name,
    aliases: e.aliases,
    ...opt('country', e.country),
  };
}

export function entityFromApi(e: EntityFieldsFragment): EntityRecord {
  return {
    ...summaryFromApi(e),
    ...opt('description', e.description),
    ...opt('citation', e.citation),
    ...opt('effective', e.effective),
    sources: e.sources.map(sourceFromApi),
  };
}

export function relationshipFromApi(r: RelationshipFieldsFragment): RelationshipRecord {
  return {
    id: r.id,
    type: typeFromApi(r.type),
    from: r.from,
    to: r.to,
    status: statusFromApi(r.status),
    ...opt('start', r.start),
    ...opt('end', r.end),
    ...opt('amount', r.amount === null ? null : amountFromApi(r.amount)),
    ...opt('quantity', r.quantity === null ? null : amountFromApi(r.quantity)),
    ...opt('note', r.note),
    // The API sends [] for "not limited"; the domain says that by leaving covers out.
    ...opt('covers', r.covers.length > 0 ? r.covers : null),
    ...opt('service', r.service),
    ...opt('share', r.share),
    ...opt('citation', r.citation),
    ...opt('score', r.score),
    ...opt('explanation', r.explanation),
    sources: r.sources.map(sourceFromApi),
  };
}

export function subgraphFromApi(s: SubgraphFieldsFragment): Subgraph {
  return {
    entities: s.entities.map(entityFromApi),
    relationships: s.relationships.map(relationshipFromApi),
    truncated: s.truncated,
  };
}

export function searchHitsFromApi(data: SearchQuery): SearchHit[] {
  return data.search.map((hit) => ({
    entity: summaryFromApi(hit.entity),
    score: hit.score,
    match: { ...hit.match, quality: qualityFromApi(hit.match.quality) },
  }));
}
