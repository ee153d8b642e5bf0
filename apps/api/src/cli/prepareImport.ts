import type { Dataset, Entity } from '@detour/domain';
import { possiblySameAs, validateDataset, type ReadResult, type Skipped } from '@detour/ingest';
import type { EntityName } from '../modules/entities/repository.ts';

/** A dataset ready to write, and what the user should be told about it. */
export interface Prepared {
  readonly dataset: Dataset;
  readonly skipped: readonly Skipped[];
  /** POSSIBLY_SAME_AS relationships added to existing entities. */
  readonly matches: number;
  /** ControlLists already in the database, linked to but not rewritten. */
  readonly linked: readonly string[];
}

/**
 * Readies an imported (non-detour) dataset against what the database holds:
 *
 * - a ControlList another dataset already has (the seed's `bis-entity-list`) is linked to as it
 *   is, not overwritten with the importer's plainer record;
 * - each party gets POSSIBLY_SAME_AS edges to parties of other datasets that may be the same. An
 *   import is never matched with its own records, and no match is made where the other entity
 *   already points back, so importing a file again adds nothing.
 *
 * The result is checked with validateDataset, the existing entities it points to standing in as
 * records, so a generated dataset is held to the same rules as a hand-written one.
 */
export function prepareImport(
  dataset: Dataset,
  skipped: readonly Skipped[],
  existing: readonly EntityName[],
  file: string,
): ReadResult<Prepared> {
  const own = dataset.dataset.id;
  const others = existing.filter((entity) => entity.datasetId !== own);
  const incoming = new Set(dataset.entities.map((entity) => entity.id));
  const lists = new Set(others.filter((e) => e.kind === 'ControlList').map((e) => e.id));
  const linked = new Set(
    dataset.entities.filter((e) => e.kind === 'ControlList' && lists.has(e.id)).map((e) => e.id),
  );
  const candidates = others.filter((entity) => !incoming.has(entity.id));
  const byId = new Map(candidates.map((entity) => [entity.id, entity]));
  const matches = possiblySameAs(dataset.entities, candidates).filter(
    (match) => !(byId.get(match.to)?.sameAs.includes(match.from) ?? false),
  );
  const standIns = new Map<string, Entity>();
  for (const match of matches) {
    const target = byId.get(match.to);
    if (target === undefined || standIns.has(target.id)) continue;
    const { id, kind, name } = target;
    standIns.set(id, { id, kind, name, aliases: [], sources: match.sources });
  }
  const relationships = [...dataset.relationships, ...matches];
  const check = {
    ...dataset,
    entities: [...dataset.entities, ...standIns.values()],
    relationships,
  };
  const checked = validateDataset(JSON.parse(JSON.stringify(check)) as unknown, file);
  if (!checked.ok) return checked;
  const entities = dataset.entities.filter((entity) => !linked.has(entity.id));
  return {
    ok: true,
    value: {
      dataset: { ...dataset, entities, relationships },
      skipped,
      matches: matches.length,
      linked: [...linked],
    },
  };
}

/**
 * What the database will hold once `prepared` is written, for matching the next file of the same
 * command against: its entities replace any stored ones with the same ids.
 */
export function afterImport(existing: readonly EntityName[], prepared: Prepared): EntityName[] {
  const { dataset } = prepared;
  const written = new Set(dataset.entities.map((entity) => entity.id));
  const sameAs = new Map<string, string[]>();
  for (const r of dataset.relationships) {
    if (r.type === 'POSSIBLY_SAME_AS') sameAs.set(r.from, [...(sameAs.get(r.from) ?? []), r.to]);
  }
  const added = dataset.entities.map((entity): EntityName => ({
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    ...(entity.country === undefined ? {} : { country: entity.country }),
    datasetId: dataset.dataset.id,
    sameAs: sameAs.get(entity.id) ?? [],
  }));
  return [...existing.filter((entity) => !written.has(entity.id)), ...added];
}
