// Converts API results (SCREAMING_SNAKE enums, nulls) into the explorer's domain-shaped records.
import {
  ENTITY_KINDS,
  STATUSES,
  isRelationshipType,
  toEnumCase,
  type Amount,
  type EntityKind,
  type RelationshipType,
  type Source,
  type Status,
} from '@detour/domain';
import type {
  EntityRecord,
  EntitySummary,
  RelationshipRecord,
  SearchHit,
  Subgraph,
} from '../model/subgraph.ts';
import { ApiError } from './client.ts';
import type {
  ApiAmount,
  ApiEntity,
  ApiEntitySummary,
  ApiRelationship,
  ApiSource,
  ApiSubgraph,
  SearchData,
} from './types.ts';

const KIND_BY_ENUM: ReadonlyMap<string, EntityKind> = new Map(
  ENTITY_KINDS.map((k) => [toEnumCase(k), k]),
);
const STATUS_BY_ENUM: ReadonlyMap<string, Status> = new Map(
  STATUSES.map((s) => [s.toUpperCase(), s]),
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

function typeFromApi(value: string): RelationshipType {
  if (!isRelationshipType(value))
    throw new ApiError('BAD_RESPONSE', `Unknown relationship type ${value}.`);
  return value;
}

/** `{ key: value }` when value is present, `{}` otherwise (exactOptionalPropertyTypes-friendly). */
function opt<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value == null ? {} : ({ [key]: value } as { [P in K]?: V });
}

function sourceFromApi(s: ApiSource): Source {
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    ...opt('published', s.published),
  };
}

function amountFromApi(a: ApiAmount): Amount {
  return { value: a.value, ...opt('currency', a.currency), ...opt('unit', a.unit) };
}

export function summaryFromApi(e: ApiEntitySummary): EntitySummary {
  return {
    id: e.id,
    kind: kindFromApi(e.kind),
    name: e.name,
    aliases: e.aliases,
    ...opt('country', e.country),
  };
}

export function entityFromApi(e: ApiEntity): EntityRecord {
  return {
    ...summaryFromApi(e),
    ...opt('description', e.description),
    ...opt('citation', e.citation),
    ...opt('effective', e.effective),
    sources: e.sources.map(sourceFromApi),
  };
}

export function relationshipFromApi(r: ApiRelationship): RelationshipRecord {
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

export function subgraphFromApi(s: ApiSubgraph): Subgraph {
  return {
    entities: s.entities.map(entityFromApi),
    relationships: s.relationships.map(relationshipFromApi),
    truncated: s.truncated,
  };
}

export function searchHitsFromApi(data: SearchData): SearchHit[] {
  return data.search.map((hit) => ({ entity: summaryFromApi(hit.entity), score: hit.score }));
}
