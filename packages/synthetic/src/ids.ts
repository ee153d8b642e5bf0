import type { EntityKind } from '@detour/domain';
import { sizeLabel, type NetworkSize } from './sizes.ts';

/** Short id codes per kind, so ids stay small in a 10-million-relationship file. */
export const KIND_CODES = {
  EndUser: 'eu',
  Intermediary: 'im',
  CloudProvider: 'cp',
  Vendor: 'vn',
  Chip: 'ch',
  Model: 'md',
  Person: 'pe',
  ControlList: 'cl',
  Regulation: 'rg',
} as const satisfies Record<EntityKind, string>;

/** "synthetic-s-42": a different id per size and seed, so several networks can share a database. */
export function datasetId(size: NetworkSize, seed: number): string {
  return `synthetic-${sizeLabel(size)}-${String(seed)}`;
}

/** Record ids are the dataset id, a slash and a per-kind counter: "synthetic-s-42/eu-17". */
export class Ids {
  readonly prefix: string;

  constructor(dataset: string) {
    this.prefix = `${dataset}/`;
  }

  entity(kind: EntityKind, index: number): string {
    return `${this.prefix}${KIND_CODES[kind]}-${String(index)}`;
  }

  source(index: number): string {
    return `${this.prefix}src-${String(index)}`;
  }

  relationship(index: number): string {
    return `${this.prefix}r-${String(index)}`;
  }
}
