import { ratio } from '../stats/stats.ts';

/** A target a row is held against; `met` is decided by the workload that measured it. */
export interface Target {
  readonly text: string;
  readonly met: boolean;
}

/** One measured figure with the baseline it is compared with, measured in the same run. */
export interface Row {
  readonly workload: string;
  /** The network size (S, M) or "-" when none applies. */
  readonly size: string;
  readonly figure: string;
  readonly unit: string;
  readonly median: number;
  /** p95 of the same samples; for req/s rows the latency p95 in ms (see `p95Unit`). */
  readonly p95: number | null;
  readonly p95Unit?: string;
  readonly baseline?: { readonly label: string; readonly median: number };
  readonly target?: Target;
  readonly note?: string;
}

/** The official targets are stated for the M network; rows on other sizes show them in brackets. */
export const TARGET_SIZE = 'M';

export class Results {
  readonly rows: Row[] = [];
  /** Hard failures (an exhaustive shortest-path plan): the bench exits non-zero. */
  readonly failures: string[] = [];
  /** What could not be measured, and why. */
  readonly skipped: string[] = [];
  /** Facts beside the figures: query plans, versions, agreement checks. */
  readonly notes: string[] = [];

  constructor(private readonly log: (line: string) => void) {}

  add(row: Row): void {
    this.rows.push(row);
    this.log(`  ${formatRowLine(row)}`);
  }

  fail(message: string): void {
    this.failures.push(message);
    this.log(`  FAIL: ${message}`);
  }

  note(message: string): void {
    this.notes.push(message);
    this.log(`  note: ${message}`);
  }

  skip(message: string): void {
    this.skipped.push(message);
    this.log(`  skipped: ${message}`);
  }
}

export function rowRatio(row: Row): number {
  return row.baseline === undefined ? Number.NaN : ratio(row.median, row.baseline.median);
}

/** 3 significant figures, thousands separated; "-" for NaN. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '-';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function verdict(row: Row): string {
  if (row.target === undefined) return '';
  const word = row.target.met ? 'PASS' : 'MISS';
  return row.size === TARGET_SIZE || row.size === '-' ? word : `(${word})`;
}

function formatRowLine(row: Row): string {
  const r = rowRatio(row);
  const p95 = row.p95 === null ? '' : ` p95 ${formatNumber(row.p95)} ${row.p95Unit ?? row.unit}`;
  const base = row.baseline ? ` | ${formatNumber(r)}× ${row.baseline.label}` : '';
  const target = row.target ? ` | ${row.target.text}: ${verdict(row)}` : '';
  return `${row.workload} ${row.size} ${row.figure}: ${formatNumber(row.median)} ${row.unit}${p95}${base}${target}`;
}
