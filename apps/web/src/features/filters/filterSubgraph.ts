// The client-side filters of the network view: statuses, relationship types, entity kinds and
// a date. Pure, so what "valid on 30 June 2024" means is pinned by tests.
import { endOfPartialDate, startOfPartialDate } from '@detour/domain';
import type { RelationshipRecord, Subgraph } from '../../model/subgraph.ts';
import type { Filters } from '../url/urlState.ts';

/**
 * True when the relationship held on `day` (YYYY-MM-DD): it began on or before that day and had
 * not ended. Partial dates count in full: "2024-03" began on 1 March and ends on 31 March.
 * An unknown start or end is open, as the API treats it.
 */
export function validOn(r: Pick<RelationshipRecord, 'start' | 'end'>, day: string): boolean {
  if (r.start !== undefined && startOfPartialDate(r.start) > day) return false;
  if (r.end !== undefined && endOfPartialDate(r.end) < day) return false;
  return true;
}

/**
 * The part of `subgraph` the filters let through. Entities of hidden kinds go with their
 * relationships; entities left with no relationship go too, except those in `keep` (the centre).
 */
export function filterSubgraph(
  subgraph: Subgraph,
  filters: Filters,
  keep: ReadonlySet<string> = new Set(),
): Subgraph {
  const kinds = new Set(filters.kinds);
  const types = new Set(filters.types);
  const statuses = new Set(filters.statuses);
  const shown = new Set(
    subgraph.entities.filter((e) => kinds.has(e.kind) || keep.has(e.id)).map((e) => e.id),
  );
  const relationships = subgraph.relationships.filter(
    (r) =>
      types.has(r.type) &&
      statuses.has(r.status) &&
      shown.has(r.from) &&
      shown.has(r.to) &&
      (filters.asOf === null || validOn(r, filters.asOf)),
  );
  const connected = new Set(relationships.flatMap((r) => [r.from, r.to]));
  const entities = subgraph.entities.filter(
    (e) => shown.has(e.id) && (connected.has(e.id) || keep.has(e.id)),
  );
  if (
    entities.length === subgraph.entities.length &&
    relationships.length === subgraph.relationships.length
  ) {
    return subgraph;
  }
  return { entities, relationships, truncated: subgraph.truncated };
}

/** How many filters differ from "show everything", for the filter panel's heading. */
export function activeFilterCount(filters: Filters, all: Filters): number {
  return [
    filters.statuses.length !== all.statuses.length,
    filters.types.length !== all.types.length,
    filters.kinds.length !== all.kinds.length,
    filters.asOf !== null,
  ].filter(Boolean).length;
}
