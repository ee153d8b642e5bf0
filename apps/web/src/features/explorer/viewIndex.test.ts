import { describe, expect, it } from 'vitest';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { crowd } from '../paths/paths.fixture.ts';
import { DEFAULT_STATE } from '../url/urlState.ts';
import { RESULT } from '../whatif/whatif.fixture.ts';
import { canvasModel } from './canvasModel.ts';
import type { LoadedData } from './canvasModel.ts';
import { viewIndex } from './viewIndex.ts';

const many = crowd(100);
const DATA: LoadedData = {
  neighbourhood: SUBGRAPH,
  paths: { ...many, truncated: false, endCursor: null },
  baseline: { ...many, truncated: false, endCursor: null },
  whatIf: RESULT,
  exposure: null,
  chokepoints: null,
  targets: [],
};

describe('viewIndex', () => {
  it('knows the end users a grouped canvas does not draw, so lists and details can name them', () => {
    const state = { ...DEFAULT_STATE, view: 'paths' as const };
    const model = canvasModel(state, DATA, null);
    expect(model.subgraph.entities.some((e) => e.id === 'eu-7')).toBe(false);
    const index = viewIndex('paths', model, DATA);
    expect(index.entities.get('eu-7')?.name).toBe('End user 7');
    expect(index.relationships.has('eu-7-buys-yunda')).toBe(true);
  });

  it('knows what the what-if answer names: the entities cut off and the pairs', () => {
    const state = { ...DEFAULT_STATE, view: 'whatif' as const, removed: ['yunda-technology'] };
    const index = viewIndex('whatif', canvasModel(state, DATA, null), DATA);
    expect(index.entities.get('yunda-technology')?.name).toBe('Yunda Technology');
    expect(index.entities.get('a100')?.name).toBe('Nvidia A100');
    expect(index.entities.get('eu-3')?.kind).toBe('EndUser');
  });
});
