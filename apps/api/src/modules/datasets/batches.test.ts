import { describe, expect, it } from 'vitest';
import { laneOf, Pipeline } from './batches.ts';

describe('lanes and pipelines of a batched load', () => {
  it('puts every relationship from one entity in the same lane, and spreads entities over lanes', () => {
    const ids = Array.from({ length: 1_000 }, (_, i) => `synthetic-m-42/eu-${String(i)}`);
    const lanes = ids.map((id) => laneOf(id, 2));
    expect(ids.map((id) => laneOf(id, 2))).toEqual(lanes);
    const inFirst = lanes.filter((lane) => lane === 0).length;
    expect(inFirst).toBeGreaterThan(400);
    expect(inFirst).toBeLessThan(600);
    expect(laneOf('anything', 1)).toBe(0);
  });

  it('runs one batch at a time per pipeline, and reports a failed batch at the next submit', async () => {
    const pipeline = new Pipeline();
    const events: string[] = [];
    let release = (): void => undefined;
    await pipeline.submit(
      () =>
        new Promise<void>((resolve) => {
          events.push('first starts');
          release = () => {
            events.push('first ends');
            resolve();
          };
        }),
    );
    const second = pipeline.submit(() => {
      events.push('second starts');
      return Promise.reject(new Error('second failed'));
    });
    await Promise.resolve();
    expect(events).toEqual(['first starts']);
    release();
    await second;
    expect(events).toEqual(['first starts', 'first ends', 'second starts']);
    await expect(pipeline.submit(() => Promise.resolve())).rejects.toThrow('second failed');
  });
});
