import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateNetwork } from './generateNetwork.ts';
import { networkRecords } from './networkRecords.ts';
import { writeNetworkFile } from './writeNetworkFile.ts';

const size = { entities: 1_000, relationships: 10_000 };
const dir = await mkdtemp(join(tmpdir(), 'detour-synthetic-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeNetworkFile', () => {
  it('writes the same dataset generateNetwork returns, and the same bytes every time', async () => {
    const first = join(dir, 'first.json');
    const second = join(dir, 'second.json');
    const progress: number[] = [];
    const counts = await writeNetworkFile(
      first,
      { size, seed: 5 },
      {
        onProgress: (written) => progress.push(written),
      },
    );
    await writeNetworkFile(second, { size, seed: 5 });
    const text = await readFile(first, 'utf8');
    expect(await readFile(second, 'utf8')).toBe(text);
    expect(JSON.parse(text)).toEqual(generateNetwork({ size, seed: 5 }));
    expect(counts).toEqual({ sources: 20, ...size });
    expect(progress.at(-1)).toBe(20 + size.entities + size.relationships);
    expect(await readdir(dir)).not.toContain('first.json.partial');
  });

  it('streams: iterating a network twice yields the same records', () => {
    const network = networkRecords({ size, seed: 9 });
    const once = Array.from(network.relationships);
    expect(Array.from(network.relationships)).toEqual(once);
    expect(once).toHaveLength(size.relationships);
  });
});
