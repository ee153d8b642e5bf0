import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@detour/ingest';
import type { Dataset } from '@detour/domain';
import { generateNetwork } from './generateNetwork.ts';
import { NETWORK_SIZES } from './sizes.ts';

const small = { entities: 1_000, relationships: 10_000 };

function digest(dataset: Dataset): string {
  return createHash('sha256').update(JSON.stringify(dataset)).digest('hex');
}

describe('generateNetwork', () => {
  it('gives the same dataset for the same seed and a different one for another seed', () => {
    const a = generateNetwork({ size: small, seed: 7 });
    expect(digest(generateNetwork({ size: small, seed: 7 }))).toBe(digest(a));
    const b = generateNetwork({ size: small, seed: 8 });
    expect(digest(b)).not.toBe(digest(a));
    expect(b.relationships.map((r) => r.to)).not.toEqual(a.relationships.map((r) => r.to));
  });

  it('hits the entity and relationship targets of a custom size exactly', () => {
    const dataset = generateNetwork({ size: small, seed: 1 });
    expect(dataset.entities).toHaveLength(small.entities);
    expect(dataset.relationships).toHaveLength(small.relationships);
    expect(dataset.dataset.id).toBe('synthetic-1000x10000-1');
  });

  it('writes valid detour.dataset/v1 data: the reader finds no problem', () => {
    const dataset = generateNetwork({ size: small, seed: 3 });
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)), 'synthetic.json');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('hits the S targets and S is valid too', () => {
    const dataset = generateNetwork({ size: 'S', seed: 42 });
    expect(dataset.entities).toHaveLength(NETWORK_SIZES.S.entities);
    expect(dataset.relationships).toHaveLength(NETWORK_SIZES.S.relationships);
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)), 'synthetic-s.json');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('cites a pool of synthetic https sources', () => {
    const { sources } = generateNetwork({ size: small, seed: 1 });
    expect(sources.length).toBeGreaterThanOrEqual(20);
    expect(sources[0]?.url).toBe('https://example.org/synthetic/source/1');
  });

  it('refuses targets it cannot reach, naming the field', () => {
    expect(() =>
      generateNetwork({ size: { entities: 100, relationships: 1_000 }, seed: 1 }),
    ).toThrow(/entities/);
    expect(() =>
      generateNetwork({ size: { entities: 1_000, relationships: 2_000 }, seed: 1 }),
    ).toThrow(/relationships/);
    expect(() => generateNetwork({ size: small, seed: -1 })).toThrow(/seed/);
  });
});
