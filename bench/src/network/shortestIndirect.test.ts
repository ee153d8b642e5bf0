import { describe, expect, it } from 'vitest';
import { buildCsr } from './csr.ts';
import { STEP_BUYS_FROM, STEP_SUBSIDIARY_OF, type NetworkModel } from './networkModel.ts';
import { shortestIndirectPath } from './shortestIndirect.ts';

// 0 end user, 1 and 2 resellers, 3 provider offering capability 4, 5 an affiliate of 0.
function model(edges: [number, number, number, ReadonlySet<number> | null][]): NetworkModel {
  return {
    size: 'S',
    seed: 1,
    ids: ['u', 'r1', 'r2', 'p', 'c', 'a'],
    names: [],
    kinds: new Uint8Array(6),
    indexOf: new Map(),
    steps: buildCsr(
      6,
      edges.map((e) => e[0]),
      edges.map((e) => e[1]),
      edges.map((e) => e[2]),
      edges.map((e) => e[3]),
    ),
    offeredBy: new Map([[4, [3]]]),
    relationships: edges.length,
  };
}

describe('shortestIndirectPath', () => {
  it('skips the direct purchase and finds the shortest indirect one', () => {
    const m = model([
      [0, 3, STEP_BUYS_FROM, null],
      [0, 1, STEP_BUYS_FROM, null],
      [1, 2, STEP_BUYS_FROM, null],
      [2, 3, STEP_BUYS_FROM, null],
      [1, 3, STEP_BUYS_FROM, null],
    ]);
    expect(shortestIndirectPath(m, 0, 4)).toEqual([0, 1, 3]);
  });

  it('only follows purchases that cover the capability', () => {
    const m = model([
      [0, 1, STEP_BUYS_FROM, new Set([99])],
      [0, 2, STEP_BUYS_FROM, null],
      [1, 3, STEP_BUYS_FROM, null],
      [2, 1, STEP_BUYS_FROM, null],
    ]);
    expect(shortestIndirectPath(m, 0, 4)).toEqual([0, 2, 1, 3]);
  });

  it('needs a purchase on the way, and gives up past the hop bound', () => {
    const affiliateOnly = model([
      [0, 5, STEP_SUBSIDIARY_OF, null],
      [5, 3, STEP_SUBSIDIARY_OF, null],
    ]);
    expect(shortestIndirectPath(affiliateOnly, 0, 4)).toBeNull();
    const long = model([
      [0, 5, STEP_SUBSIDIARY_OF, null],
      [5, 1, STEP_BUYS_FROM, null],
      [1, 2, STEP_BUYS_FROM, null],
      [2, 3, STEP_BUYS_FROM, null],
    ]);
    expect(shortestIndirectPath(long, 0, 4, 2, 3)).toBeNull();
    expect(shortestIndirectPath(long, 0, 4, 2, 4)).toEqual([0, 5, 1, 2, 3]);
  });
});
