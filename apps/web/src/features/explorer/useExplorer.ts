// The explorer's state and data in one place: the URL state, what each view loads (only the
// view in sight loads), and what the canvas draws.
import { useEffect, useMemo, useState } from 'react';
import { reportGraph, type DetourTestHooks } from '../../graph/testHooks.ts';
import { pathKey } from '../../model/paths.ts';
import type { EntityRecord, SubgraphIndex } from '../../model/subgraph.ts';
import { useExposure, type Exposure } from '../exposure/useExposure.ts';
import { useNeighbourhood } from '../neighbourhood/useNeighbourhood.ts';
import { PATHS_PAGE_SIZE, usePaths, type PagedPaths } from '../paths/usePaths.ts';
import type { Remote } from '../status/useRemote.ts';
import { useUrlState, type UrlState } from '../url/useUrlState.ts';
import { useWhatIf, type WhatIf } from '../whatif/useWhatIf.ts';
import { lostPairs } from '../whatif/whatIfMarks.ts';
import { canvasModel, drawsWhatIfPaths, type CanvasModel } from './canvasModel.ts';
import { viewIndex } from './viewIndex.ts';

type AnalysisReport = DetourTestHooks['analysis'];

/** The paths the what-if canvas draws for a small scope: the best page of its indirect paths. */
export const WHAT_IF_DRAWN_PATHS = 300;
/** What-if and exposure look at paths up to this long (the API's default for analyses). */
const ANALYSIS_MAX_HOPS = 8;
const NO_TARGETS: readonly EntityRecord[] = [];

export interface Explorer extends UrlState {
  readonly canvas: CanvasModel;
  /** Every record the view has loaded, drawn or not. */
  readonly index: SubgraphIndex;
  readonly neighbourhood: ReturnType<typeof useNeighbourhood>;
  readonly paths: PagedPaths;
  readonly baseline: PagedPaths;
  readonly whatIf: WhatIf;
  readonly exposure: Exposure;
  /** The request the canvas waits for in this view. */
  readonly active: Remote<unknown>;
  readonly hoverKey: string | null;
  readonly setHoverKey: (key: string | null) => void;
}

export function useExplorer(): Explorer {
  const url = useUrlState();
  const { state } = url;
  const { view, filters } = state;
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  // The same filters go to every analysis, as they go to accessPaths.
  const analysisFilters = { statuses: filters.statuses, asOf: filters.asOf };

  const neighbourhood = useNeighbourhood(view === 'network' ? state.centre : null, state.depth);
  const paths = usePaths(
    view === 'paths'
      ? {
          from: state.from,
          to: state.to,
          ...analysisFilters,
          indirectOnly: false,
          first: PATHS_PAGE_SIZE,
          withEndUsers: state.from === null,
        }
      : null,
  );
  const scope =
    view === 'whatif' ? { to: state.to, provider: state.provider, ...analysisFilters } : null;
  const whatIf = useWhatIf(scope, state.removed);
  // Only a small scope is drawn path by path; a large one is drawn from the ranking.
  const drawPaths = drawsWhatIfPaths(whatIf.chokepoints.data);
  const baseline = usePaths(
    scope === null || !drawPaths
      ? null
      : {
          ...scope,
          from: null,
          indirectOnly: true,
          maxHops: ANALYSIS_MAX_HOPS,
          first: WHAT_IF_DRAWN_PATHS,
        },
  );
  const exposure = useExposure(
    view === 'exposure' && state.provider !== null
      ? { provider: state.provider, ...analysisFilters }
      : null,
  );

  const data = useMemo(
    () => ({
      neighbourhood: neighbourhood.data,
      paths: paths.data,
      baseline: baseline.data,
      whatIf: whatIf.result.data,
      exposure: exposure.data,
      chokepoints: whatIf.chokepoints.data,
      targets: whatIf.targets.data ?? NO_TARGETS,
    }),
    [
      neighbourhood.data,
      paths.data,
      baseline.data,
      whatIf.result.data,
      exposure.data,
      whatIf.chokepoints.data,
      whatIf.targets.data,
    ],
  );
  const model = useMemo(() => canvasModel(state, data, hoverKey), [state, data, hoverKey]);
  const index = useMemo(() => viewIndex(view, model, data), [view, model, data]);
  const active: Remote<unknown> =
    view === 'network'
      ? neighbourhood
      : view === 'paths'
        ? paths
        : view === 'whatif'
          ? state.removed.length > 0
            ? whatIf.result
            : drawPaths
              ? baseline
              : whatIf.chokepoints
          : exposure;

  const listed = view === 'paths' && paths.fresh ? model.paths.map(pathKey) : [];
  const lost = view === 'whatif' && whatIf.result.fresh ? lostPairs(whatIf.result.data) : [];
  const loading =
    active.loading || (view === 'whatif' && (whatIf.chokepoints.loading || baseline.loading));
  // A string, so the effect runs only when a reported fact changes.
  const report = JSON.stringify({ view, loading, paths: listed, lost });
  useEffect(() => {
    reportGraph({ analysis: JSON.parse(report) as AnalysisReport });
  }, [report]);

  return {
    ...url,
    canvas: model,
    index,
    neighbourhood,
    paths,
    baseline,
    whatIf,
    exposure,
    active,
    hoverKey,
    setHoverKey,
  };
}
