import { describe, expect, it } from 'vitest';
import { pathKey } from '../../model/paths.ts';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { SZU_TO_H100, crowd } from '../paths/paths.fixture.ts';
import { DEFAULT_STATE } from '../url/urlState.ts';
import { canvasModel, findPath, type LoadedData } from './canvasModel.ts';

const DATA: LoadedData = {
  neighbourhood: SUBGRAPH,
  paths: { paths: [SZU_TO_H100], subgraph: SUBGRAPH, truncated: false, endCursor: null },
  baseline: { paths: [SZU_TO_H100], subgraph: SUBGRAPH, truncated: false, endCursor: null },
  whatIf: null,
  exposure: null,
  chokepoints: null,
  targets: [],
};

describe('canvasModel', () => {
  it('shows the filtered neighbourhood in the network view, keeping the centre', () => {
    const model = canvasModel(
      {
        ...DEFAULT_STATE,
        centre: 'shenzhen-university',
        filters: { ...DEFAULT_STATE.filters, statuses: ['confirmed'] },
      },
      DATA,
      null,
    );
    expect(model.subgraph.entities.map((e) => e.id)).toContain('shenzhen-university');
    expect(model.subgraph.relationships.every((r) => r.status === 'confirmed')).toBe(true);
  });

  it('highlights paths in the paths view and focuses the hovered one over the selected one', () => {
    const state = {
      ...DEFAULT_STATE,
      view: 'paths' as const,
      selection: { type: 'path' as const, id: 'other' },
    };
    const model = canvasModel(state, DATA, pathKey(SZU_TO_H100));
    expect(model.marks.get('szu-buys-yunda')?.has('focus')).toBe(true);
    expect(findPath(model.paths, pathKey(SZU_TO_H100))).toBe(SZU_TO_H100);
    expect(findPath(model.paths, 'nope')).toBeUndefined();
  });

  it('dims what is cut off in the what-if view', () => {
    const model = canvasModel(
      { ...DEFAULT_STATE, view: 'whatif', removed: ['yunda-technology'] },
      DATA,
      null,
    );
    expect(model.marks.get('yunda-technology')?.has('removed')).toBe(true);
  });

  it('groups the end users of a large answer instead of drawing each one', () => {
    const many = crowd(200);
    const paths = { ...many, truncated: true, endCursor: 'c' };
    const model = canvasModel({ ...DEFAULT_STATE, view: 'paths' }, { ...DATA, paths }, null);
    expect(model.subgraph.entities.some((e) => e.kind === 'EndUser')).toBe(false);
    expect(model.groups.nodes.map((g) => g.label)).toEqual(['+201 end users']);
    // The list still holds every path of the page.
    expect(model.paths).toHaveLength(201);
  });

  it('shows nothing before exposure data arrives', () => {
    const model = canvasModel({ ...DEFAULT_STATE, view: 'exposure' }, DATA, null);
    expect(model.subgraph.entities).toEqual([]);
  });
});
