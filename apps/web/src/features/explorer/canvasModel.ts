// What the canvas shows in each view, and which paths the view lists: pure, from the loaded data.
// Large answers are drawn grouped (features' *Picture.ts), so the canvas stays readable.
import { NO_GROUPS, type CanvasGroups } from '../../graph/groups.ts';
import type { ElementMarks } from '../../graph/marks.ts';
import { NO_MARKS } from '../../graph/marks.ts';
import {
  pathKey,
  type AccessPath,
  type AccessPathResult,
  type ChokepointRanking,
  type ProviderExposure,
  type WhatIfResult,
} from '../../model/paths.ts';
import { EMPTY_SUBGRAPH, type EntityRecord, type Subgraph } from '../../model/subgraph.ts';
import { exposurePaths, exposurePicture } from '../exposure/exposurePicture.ts';
import { filterSubgraph } from '../filters/filterSubgraph.ts';
import { GROUP_END_USERS_ABOVE } from '../paths/groupEndUsers.ts';
import { pathsPicture } from '../paths/pathsPicture.ts';
import type { ExplorerState } from '../url/urlState.ts';
import { chokepointPicture } from '../whatif/chokepointPicture.ts';
import { whatIfPicture } from '../whatif/whatIfPicture.ts';

export interface LoadedData {
  readonly neighbourhood: Subgraph | null;
  readonly paths: AccessPathResult | null;
  /** The page of the chokepoint ranking in view. */
  readonly chokepoints: ChokepointRanking | null;
  /** A page of the paths in the what-if scope before anything is cut off (small scopes only). */
  readonly baseline: AccessPathResult | null;
  readonly whatIf: WhatIfResult | null;
  /** The what-if scope's provider and chip or model, those chosen. */
  readonly targets: readonly EntityRecord[];
  readonly exposure: ProviderExposure | null;
}

/**
 * True when the what-if scope is small enough to draw path by path; a larger one is drawn from
 * the ranking (chokepointPicture), since a page of paths would show only a few end users.
 */
export function drawsWhatIfPaths(ranking: ChokepointRanking | null): boolean {
  return ranking !== null && ranking.endUsersWithAccess <= GROUP_END_USERS_ABOVE;
}

export interface CanvasModel {
  /** What is drawn as itself (selectable, exported). */
  readonly subgraph: Subgraph;
  /** Nodes standing for many end users, with their links. */
  readonly groups: CanvasGroups;
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
      return { subgraph, groups: NO_GROUPS, marks: NO_MARKS, paths: [] };
    }
    case 'paths': {
      const paths = data.paths?.paths ?? [];
      const picture = pathsPicture(paths, data.paths?.subgraph ?? EMPTY_SUBGRAPH, focus);
      return { ...picture, paths };
    }
    case 'whatif': {
      if (data.chokepoints !== null && !drawsWhatIfPaths(data.chokepoints)) {
        const picture = chokepointPicture(
          data.chokepoints,
          data.whatIf,
          state.removed,
          data.targets,
        );
        return { ...picture, paths: [] };
      }
      const paths = data.baseline?.paths ?? [];
      const subgraph = data.baseline?.subgraph ?? EMPTY_SUBGRAPH;
      return { ...whatIfPicture(paths, subgraph, state.removed, data.whatIf), paths };
    }
    case 'exposure':
      return { ...exposurePicture(data.exposure, focus), paths: exposurePaths(data.exposure) };
  }
}

export function findPath(paths: readonly AccessPath[], key: string | null): AccessPath | undefined {
  return key === null ? undefined : paths.find((p) => pathKey(p) === key);
}
