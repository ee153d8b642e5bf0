import { describe, expect, it } from 'vitest';
import type { Relationship } from '@detour/domain';
import { networkRecords } from '@detour/synthetic';
import { useTestDatabase } from '../../../test/testDatabase.ts';
import { loadNetwork } from '../../cli/generateCommand.ts';
import { bulkLoad } from './bulkLoad.ts';

const test = useTestDatabase();
const size = { entities: 1_000, relationships: 10_000 };
const silent = (): void => undefined;

async function count(cypher: string): Promise<number> {
  const rows = await test.db.read(cypher);
  return Number(rows[0]?.['n']);
}

describe('loading a generated network', () => {
  it('writes every entity, source and relationship, in batches', async () => {
    const lines: string[] = [];
    await loadNetwork(test.db, { size, seed: 7 }, (line) => lines.push(line));
    const { counts } = networkRecords({ size, seed: 7 });
    // Entities, sources and the Dataset node.
    expect(await test.counts()).toEqual({
      nodes: counts.entities + counts.sources + 1,
      relationships: counts.relationships,
    });
    expect(await count('MATCH (n:EndUser) RETURN count(n) AS n')).toBeGreaterThan(700);
    expect(
      await count('MATCH (:EndUser)-[r:BUYS_FROM]->(:CloudProvider) RETURN count(r) AS n'),
    ).toBeGreaterThan(0);
    expect(
      await count('MATCH (d:Dataset {id: "synthetic-1000x10000-7"}) RETURN count(d) AS n'),
    ).toBe(1);
    expect(lines.at(-1)).toMatch(/relationships\/s/);
  });

  it('replaces an earlier copy of the same network instead of doubling it', async () => {
    const before = await test.counts();
    await loadNetwork(test.db, { size, seed: 7 }, silent);
    expect(await test.counts()).toEqual(before);
  });

  it('removes what it wrote when loading fails part-way', async () => {
    const before = await test.counts();
    const network = networkRecords({ size, seed: 8 });
    function* failing(): Generator<Relationship> {
      let n = 0;
      for (const rel of network.relationships) {
        if (++n > 2_500) throw new Error('generator broke');
        yield rel;
      }
    }
    await expect(
      bulkLoad(test.db, { ...network, relationships: failing() }, { batchSize: 1_000 }),
    ).rejects.toThrow('generator broke');
    expect(await test.counts()).toEqual(before);
    expect(
      await count('MATCH (d:Dataset {id: "synthetic-1000x10000-8"}) RETURN count(d) AS n'),
    ).toBe(0);
  });
});
