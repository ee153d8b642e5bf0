/**
 * How many cases each property-based (fast-check) test tries: a few hundred in `pnpm test`, so
 * the suite stays quick, and DETOUR_FUZZ_RUNS of them in `pnpm test:long`. The one place a fuzz
 * test reads the environment.
 */

function longRuns(): number | undefined {
  const raw = process.env['DETOUR_FUZZ_RUNS'];
  if (raw === undefined || raw === '') return undefined;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`DETOUR_FUZZ_RUNS: expected a positive integer, got "${raw}"`);
  }
  return runs;
}

const LONG_RUNS = longRuns();

/** `short` cases, or DETOUR_FUZZ_RUNS when it is set. */
export function fuzzRuns(short: number): number {
  return LONG_RUNS ?? short;
}

/** A fuzz test's timeout: room for a slow shared machine, and an hour for the long runs. */
export const FUZZ_TIMEOUT_MS = LONG_RUNS === undefined ? 30_000 : 3_600_000;
