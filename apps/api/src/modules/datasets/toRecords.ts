import type { Dataset, Entity, Relationship } from '@detour/domain';
import { endOfPartialDate, startOfPartialDate } from '@detour/domain';
import { searchText, SEARCH_TEXT_VERSION } from '@detour/ingest';

/**
 * Dataset records → the flat property maps stored in Neo4j (properties cannot hold maps).
 * Absent optional fields become absent properties, so re-importing a file restores it exactly.
 */
export function entityProperties(entity: Entity, datasetId: string): Record<string, unknown> {
  return compact({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: [...entity.aliases],
    // What the full-text index reads (db/schema.ts): every name's words, normalised as queries are.
    searchText: searchText(entity.name, entity.aliases),
    searchVersion: SEARCH_TEXT_VERSION,
    country: entity.country,
    description: entity.description,
    citation: entity.citation,
    effective: entity.effective,
    sourceIds: [...entity.sources],
    datasetId,
  });
}

export function relationshipProperties(
  rel: Relationship,
  datasetId: string,
): Record<string, unknown> {
  return compact({
    id: rel.id,
    status: rel.status,
    start: rel.start,
    end: rel.end,
    // First and last day covered, as YYYY-MM-DD strings that compare correctly.
    validFrom: rel.start === undefined ? undefined : startOfPartialDate(rel.start),
    validTo: rel.end === undefined ? undefined : endOfPartialDate(rel.end),
    amountValue: rel.amount?.value,
    amountCurrency: rel.amount?.currency,
    amountUnit: rel.amount?.unit,
    quantityValue: rel.quantity?.value,
    quantityCurrency: rel.quantity?.currency,
    quantityUnit: rel.quantity?.unit,
    note: rel.note,
    covers: rel.covers === undefined ? undefined : [...rel.covers],
    service: rel.service,
    share: rel.share,
    citation: rel.citation,
    score: rel.score,
    explanation: rel.explanation,
    sourceIds: [...rel.sources],
    datasetId,
  });
}

export type { Dataset };

/** The record without its undefined values (a loop: it runs once per record of an import). */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in record) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
