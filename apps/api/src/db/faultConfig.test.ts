import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';

describe('fault settings', () => {
  it('default to a 2 s wait for Neo4j, 10 s to finish requests at shutdown, no heap samples', () => {
    const config = loadConfig({});
    expect(config.databaseWaitMs).toBe(2_000);
    expect(config.shutdownGraceMs).toBe(10_000);
    expect(config.heapSamples).toBeNull();
  });

  it('take other values, and heap samples only with a file', () => {
    const config = loadConfig({
      DETOUR_DB_WAIT_MS: '500',
      DETOUR_SHUTDOWN_GRACE_MS: '0',
      DETOUR_HEAP_SAMPLE_FILE: '/tmp/heap.jsonl',
      DETOUR_HEAP_SAMPLE_MS: '1000',
    });
    expect(config.databaseWaitMs).toBe(500);
    expect(config.shutdownGraceMs).toBe(0);
    expect(config.heapSamples).toEqual({ file: '/tmp/heap.jsonl', intervalMs: 1_000 });
    expect(loadConfig({ DETOUR_HEAP_SAMPLE_MS: '1000' }).heapSamples).toBeNull();
  });

  it('name the variable at fault', () => {
    expect(() => loadConfig({ DETOUR_DB_WAIT_MS: '2s' })).toThrow(
      'DETOUR_DB_WAIT_MS: expected an integer from 100 to 60000, got "2s"',
    );
    expect(() => loadConfig({ DETOUR_SHUTDOWN_GRACE_MS: '-1' })).toThrow(
      /DETOUR_SHUTDOWN_GRACE_MS/,
    );
    expect(() =>
      loadConfig({ DETOUR_HEAP_SAMPLE_FILE: 'heap.jsonl', DETOUR_HEAP_SAMPLE_MS: '10' }),
    ).toThrow(/DETOUR_HEAP_SAMPLE_MS/);
  });
});
