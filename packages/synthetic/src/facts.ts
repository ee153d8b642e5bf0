import type { PartialDate, Status } from '@detour/domain';
import { dayOf, partialDate, randomPrecision } from './calendar.ts';
import type { Ids } from './ids.ts';
import type { Random } from './random.ts';

/** Status mixes, in the order of STATUSES: confirmed, reported, alleged, planned, unverified. */
export const STATUS_MIX = {
  purchase: [20, 50, 15, 5, 10],
  ownership: [30, 50, 10, 0, 10],
  official: [100, 0, 0, 0, 0],
  offer: [85, 15, 0, 0, 0],
} as const;

const STATUS_ORDER: readonly Status[] = [
  'confirmed',
  'reported',
  'alleged',
  'planned',
  'unverified',
];

export const FIRST_START = dayOf(2016, 1, 1);
export const LAST_START = dayOf(2025, 6, 30);

export interface Validity {
  readonly start?: PartialDate;
  readonly end?: PartialDate;
}

/**
 * The facts every record needs (a status, sources, dates), drawn from one Random so the whole
 * stream is reproducible.
 */
export class Facts {
  constructor(
    private readonly random: Random,
    private readonly ids: Ids,
    private readonly sourceCount: number,
  ) {}

  status(mix: readonly number[]): Status {
    return STATUS_ORDER[this.random.weighted(mix)] ?? 'reported';
  }

  /** One source, sometimes two: ids into the dataset's source pool. */
  sources(): string[] {
    const first = this.random.int(this.sourceCount);
    if (!this.random.chance(0.2) || this.sourceCount < 2) return [this.ids.source(first)];
    const second = (first + 1 + this.random.int(this.sourceCount - 1)) % this.sourceCount;
    return [this.ids.source(first), this.ids.source(second)];
  }

  /** A random first day of a contract or tie. */
  startDay(): number {
    return FIRST_START + this.random.int(LAST_START - FIRST_START + 1);
  }

  /**
   * From `startDay` for `days` days (open-ended when days is null), each end at the precision its
   * source gives. The end is never before the start at any precision, since both are cut from
   * real days in order.
   */
  validity(startDay: number, days: number | null): Validity {
    const start = partialDate(startDay, randomPrecision(this.random));
    if (days === null) return { start };
    return { start, end: partialDate(startDay + days, randomPrecision(this.random)) };
  }
}
