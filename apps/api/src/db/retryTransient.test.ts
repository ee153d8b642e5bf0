import { describe, expect, it } from 'vitest';
import { ATTEMPTS, isTransientConflict, retryTransient } from './retryTransient.ts';

/** The shape of the driver's Neo4jError: a code and a message. */
const driverError = (code: string): Error => Object.assign(new Error(code), { code });

function failing(
  code: string,
  failures: number,
): { work: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    work: () => {
      calls += 1;
      return calls <= failures ? Promise.reject(driverError(code)) : Promise.resolve('done');
    },
    calls: () => calls,
  };
}

describe('retryTransient', () => {
  it('repeats a deadlocked transaction until it commits', async () => {
    const deadlock = failing('Neo.TransientError.Transaction.DeadlockDetected', ATTEMPTS - 1);
    await expect(retryTransient(deadlock.work)).resolves.toBe('done');
    expect(deadlock.calls()).toBe(ATTEMPTS);
  });

  it(`gives up after ${String(ATTEMPTS)} attempts with the last error`, async () => {
    const deadlock = failing('Neo.TransientError.Transaction.DeadlockDetected', ATTEMPTS);
    await expect(retryTransient(deadlock.work)).rejects.toMatchObject({
      code: 'Neo.TransientError.Transaction.DeadlockDetected',
    });
    expect(deadlock.calls()).toBe(ATTEMPTS);
  });

  it('answers unavailability at once: one attempt, no back-off', async () => {
    for (const code of [
      'ServiceUnavailable',
      'SessionExpired',
      'Neo.TransientError.General.DatabaseUnavailable',
    ]) {
      const down = failing(code, 1);
      await expect(retryTransient(down.work)).rejects.toMatchObject({ code });
      expect(down.calls()).toBe(1);
    }
  });

  it('does not repeat a terminated transaction, a client error or a non-driver error', () => {
    expect(isTransientConflict(driverError('Neo.TransientError.Transaction.Terminated'))).toBe(
      false,
    );
    expect(isTransientConflict(driverError('Neo.ClientError.Statement.SyntaxError'))).toBe(false);
    expect(isTransientConflict(new Error('boom'))).toBe(false);
    expect(
      isTransientConflict(driverError('Neo.TransientError.Transaction.LockAcquisitionTimeout')),
    ).toBe(true);
  });
});
