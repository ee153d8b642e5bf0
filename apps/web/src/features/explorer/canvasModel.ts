// What the canvas shows in each view, and which paths the view lists: pure, from the loaded data.
import type { ElementMarks } from '../../graph/marks.ts';
import { NO_MARKS } from '../../graph/marks.ts';
import {
  pathKey,
  type AccessPath,
  type AccessPathResult,
  type ProviderExposure,
  type WhatIfResult,
} from '../../model/paths.ts';
import { EMPTY_SUBGRAPH, type Subgraph } from '../../model/subgraph.ts';
import { exposureMarks, exposurePaths } from '../exposure/exposureMarks.ts';
import { filterSubgraph } from '../filters/filterSubgraph.ts';
import { pathMarks } from '../paths/pathMarks.ts';
import type { ExplorerState } from '../url/urlState.ts';
import { whatIfMarks } from '../whatif/whatIfMarks.ts';

export interface LoadedData {
  readonly neighbourhood: Subgraph | null;
  readonly paths: AccessPathResult | null;
  /** Every path in the what-if scope, before anything is cut off. */
  readonly baseline: AccessPathResult | null;
  readonly whatIf: WhatIfResult | null;
  readonly exposure: ProviderExposure | null;
}

export interface CanvasModel {
  readonly subgraph: Subgraph;
  readonly marks: ElementMarks;
  /** The paths the view lists, in order (selection by pathKey looks here). */
  readonly paths: readonly AccessPath[];
}

export function canvasModel(
  state: ExplorerState,
  data: LoadedData,
  hoverKey: string | null,
): CanvasModel {
  const selectedKey = state.selection?.type === 'path' ? state.selection.id : null;
  const focus = hoverKey ?? selectedKey;
  switch (state.view) {
    case 'network': {
      const keep = new Set(state.centre === null ? [] : [state.centre]);
      const subgraph = filterSubgraph(data.neighbourhood ?? EMPTY_SUBGRAPH, state.filters, keep);
      return { subgraph, marks: NO_MARKS, paths: [] };
    }
    case 'paths': {
      const subgraph = data.paths?.subgraph ?? EMPTY_SUBGRAPH;
      const paths = data.paths?.paths ?? [];
      return { subgraph, marks: pathMarks(paths, subgraph, focus), paths };
    }
    case 'whatif': {
      const subgraph = data.baseline?.subgraph ?? EMPTY_SUBGRAPH;
      const paths = data.baseline?.paths ?? [];
      const marks = whatIfMarks(paths, subgraph, state.removed, data.whatIf);
      return { subgraph, marks, paths };
    }
    case 'exposure': {
      const subgraph = data.exposure?.subgraph ?? EMPTY_SUBGRAPH;
      return {
        subgraph,
        marks: exposureMarks(data.exposure, focus),
        paths: exposurePaths(data.exposure),
      };
    }
  }
}

export function findPath(paths: readonly AccessPath[], key: string | null): AccessPath | undefined {
  return key === null ? undefined : paths.find((p) => pathKey(p) === key);
}
