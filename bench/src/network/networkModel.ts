import { ENTITY_KINDS, type EntityKind } from '@detour/domain';
import { networkRecords, type NamedSize } from '@detour/synthetic';
import { buildCsr, type Csr } from './csr.ts';

/** Step kinds of an access path, as the CSR stores them. */
export const STEP_BUYS_FROM = 0;
export const STEP_SUBSIDIARY_OF = 1;

/**
 * The synthetic network held in typed arrays, for the in-process floor (W0) and for picking
 * benchmark inputs. Generated from the same size and seed as the loaded store, so it is the same
 * network record for record.
 */
export interface NetworkModel {
  readonly size: NamedSize;
  readonly seed: number;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** Index into ENTITY_KINDS per entity. */
  readonly kinds: Uint8Array;
  readonly indexOf: ReadonlyMap<string, number>;
  /** The access-path steps: BUYS_FROM forward, SUBSIDIARY_OF both ways. */
  readonly steps: Csr;
  /** Per capability entity: the cloud providers that OFFER it. */
  readonly offeredBy: ReadonlyMap<number, readonly number[]>;
  readonly relationships: number;
}

export function kindOf(model: NetworkModel, index: number): EntityKind | undefined {
  return ENTITY_KINDS[model.kinds[index] ?? 255];
}

/** Entity indices of the given kinds. */
export function entitiesOfKind(model: NetworkModel, kinds: readonly EntityKind[]): number[] {
  const wanted = new Set(kinds.map((kind) => ENTITY_KINDS.indexOf(kind)));
  const out: number[] = [];
  model.kinds.forEach((kind, index) => {
    if (wanted.has(kind)) out.push(index);
  });
  return out;
}

export function buildNetworkModel(size: NamedSize, seed: number): NetworkModel {
  const records = networkRecords({ size, seed });
  const ids: string[] = [];
  const names: string[] = [];
  const kinds = new Uint8Array(records.counts.entities);
  const indexOf = new Map<string, number>();
  for (const entity of records.entities) {
    kinds[ids.length] = ENTITY_KINDS.indexOf(entity.kind);
    indexOf.set(entity.id, ids.length);
    ids.push(entity.id);
    names.push(entity.name);
  }
  const index = (id: string): number => {
    const found = indexOf.get(id);
    if (found === undefined) throw new Error(`relationship end ${id} is not an entity`);
    return found;
  };
  const from: number[] = [];
  const to: number[] = [];
  const type: number[] = [];
  const covers: (ReadonlySet<number> | null)[] = [];
  const offeredBy = new Map<number, number[]>();
  let relationships = 0;
  for (const rel of records.relationships) {
    relationships++;
    if (rel.type === 'OFFERS') {
      const capability = index(rel.to);
      const providers = offeredBy.get(capability) ?? [];
      providers.push(index(rel.from));
      offeredBy.set(capability, providers);
    } else if (rel.type === 'BUYS_FROM') {
      from.push(index(rel.from));
      to.push(index(rel.to));
      type.push(STEP_BUYS_FROM);
      covers.push(rel.covers === undefined ? null : new Set(rel.covers.map(index)));
    } else if (rel.type === 'SUBSIDIARY_OF') {
      const a = index(rel.from);
      const b = index(rel.to);
      from.push(a, b);
      to.push(b, a);
      type.push(STEP_SUBSIDIARY_OF, STEP_SUBSIDIARY_OF);
      covers.push(null, null);
    }
  }
  return {
    size,
    seed,
    ids,
    names,
    kinds,
    indexOf,
    steps: buildCsr(ids.length, from, to, type, covers),
    offeredBy,
    relationships,
  };
}
