import type { PartialDate } from '@detour/domain';
import type { Random } from './random.ts';

/** Days are counted from 2014-01-01; the table covers 2014 to 2034. */
const FIRST_YEAR = 2014;
const TABLE_YEARS = 21;
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(FIRST_YEAR, 0, 1);

/** "YYYY-MM-DD" for each day, built once: formatting 10 million dates then costs an array read. */
const DAYS: readonly string[] = (() => {
  const end = Date.UTC(FIRST_YEAR + TABLE_YEARS, 0, 1);
  const out: string[] = [];
  for (let t = EPOCH; t < end; t += MS_PER_DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
})();

export const LAST_DAY = DAYS.length - 1;

/** The day number of a calendar date (month 1–12). */
export function dayOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
}

export function isoDay(day: number): string {
  const text = DAYS[Math.min(Math.max(day, 0), LAST_DAY)];
  if (text === undefined) throw new RangeError(`day ${String(day)} is outside the calendar`);
  return text;
}

export type Precision = 'year' | 'month' | 'day';

export function partialDate(day: number, precision: Precision): PartialDate {
  const text = isoDay(day);
  return precision === 'year' ? text.slice(0, 4) : precision === 'month' ? text.slice(0, 7) : text;
}

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];

/** How precisely sources date things: mostly a month, often a day, sometimes only a year. */
export function randomPrecision(random: Random): Precision {
  return PRECISIONS[random.weighted([15, 50, 35])] ?? 'month';
}
