// Dates around a regulation's effective date, for the "before / after" quick buttons.
import { isPartialDate, startOfPartialDate } from '@detour/domain';
import type { EntityRecord } from '../../model/subgraph.ts';

/** "2023-11-17" shifted by whole days, as YYYY-MM-DD (UTC, so no time zone moves it). */
export function shiftDay(day: string, days: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export interface RegulationMoment {
  readonly id: string;
  readonly name: string;
  /** The first day it applied. */
  readonly effective: string;
  readonly before: string;
  readonly after: string;
}

/** Regulations with a readable effective date, oldest first, each once. */
export function regulationMoments(
  regulations: readonly Pick<EntityRecord, 'id' | 'name' | 'effective'>[],
): RegulationMoment[] {
  const seen = new Set<string>();
  const moments: RegulationMoment[] = [];
  for (const r of regulations) {
    if (seen.has(r.id) || r.effective === undefined || !isPartialDate(r.effective)) continue;
    seen.add(r.id);
    const effective = startOfPartialDate(r.effective);
    moments.push({
      id: r.id,
      name: r.name,
      effective,
      before: shiftDay(effective, -1),
      after: effective,
    });
  }
  return moments.sort((a, b) => a.effective.localeCompare(b.effective) || a.id.localeCompare(b.id));
}
