/**
 * The driver retries nothing (db/connect.ts: a stopped database must answer at once, not after
 * seconds of back-off), so the conflicts worth repeating a transaction for are retried here: a
 * deadlock, a lock that timed out. Never unavailability, never a terminated transaction.
 */

/** Codes that mean the database is down or restarting: answered at once as DATABASE_UNAVAILABLE. */
export const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Transient, but repeating would not help: someone stopped the transaction on purpose. */
const NOT_REPEATABLE = new Set([
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

export const ATTEMPTS = 3;

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' ? code : null;
}

/** True for a transient conflict (Neo.TransientError.*) that a second try may get past. */
export function isTransientConflict(error: unknown): boolean {
  const code = codeOf(error);
  return (
    code !== null &&
    code.startsWith('Neo.TransientError.') &&
    !UNAVAILABLE_CODES.has(code) &&
    !NOT_REPEATABLE.has(code)
  );
}

const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * Runs work up to ATTEMPTS times while it fails with a transient conflict, pausing 25–75 ms, then
 * 50–150 ms (jittered, so two deadlocked writers do not collide again); rethrows anything else.
 */
export async function retryTransient<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransientConflict(error)) throw error;
      await pause(50 * attempt * (0.5 + Math.random()));
    }
  }
}
