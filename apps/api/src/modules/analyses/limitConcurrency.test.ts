import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { limitConcurrency } from './limitConcurrency.ts';

describe('limitConcurrency', () => {
  it('runs at most the given number at once, the rest in arrival order, and survives failures', async () => {
    const limit = limitConcurrency(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      running++;
      most = Math.max(most, running);
      await sleep(5);
      running--;
      order.push(n);
      if (n === 1) throw new Error('task 1 fails');
      return n;
    };
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => limit(task(n))));
    expect(most).toBe(2);
    expect(results.map((r) => r.status)).toEqual([
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(order.slice(2)).toEqual([3, 4, 5]);
  });
});
