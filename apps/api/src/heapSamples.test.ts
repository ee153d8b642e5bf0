import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHeapSamples } from './heapSamples.ts';

describe('startHeapSamples', () => {
  it('appends one JSON line per interval, at once and then until stopped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'detour-heap-'));
    try {
      const file = join(dir, 'heap.jsonl');
      const stop = startHeapSamples(file, 20);
      await new Promise((resolve) => setTimeout(resolve, 120));
      stop();
      const lines = (await readFile(file, 'utf8')).trim().split('\n');
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect((await readFile(file, 'utf8')).trim().split('\n')).toHaveLength(lines.length);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      const first = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
      expect(first).toMatchObject({
        heapUsedBytes: expect.any(Number) as number,
        heapTotalBytes: expect.any(Number) as number,
        rssBytes: expect.any(Number) as number,
        afterGc: typeof globalThis.gc === 'function',
      });
      expect(Number(first['heapUsedBytes'])).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
