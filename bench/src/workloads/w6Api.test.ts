import { describe, expect, it } from 'vitest';
import { loggedGraphReadMs } from './w6Api.ts';

describe('loggedGraphReadMs', () => {
  it("reads the access graph's read time from the API's log", () => {
    const output = [
      'BENCH_SERVER_READY 4242',
      'Access graph read: 100,000 entities, 812,345 relationships on access paths, in 12.3 s',
    ];
    expect(loggedGraphReadMs(output)).toBeCloseTo(12_300);
  });

  it('is NaN when the server did not log a read', () => {
    expect(loggedGraphReadMs(['BENCH_SERVER_READY 4242'])).toBeNaN();
  });
});
