// The explorer's state and data in one place: the URL state, what each view loads (only the
// view in sight loads), and what the canvas draws.
import { useEffect, useMemo, useState } from 'react';
import { reportGraph, type DetourTestHooks } from '../../graph/testHooks.ts';
import { pathKey } from '../../model/paths.ts';
import { indexSubgraph, type SubgraphIndex } from '../../model/subgraph.ts';
import { useExposure } from '../exposure/useExposure.ts';
import { useNeighbourhood } from '../neighbourhood/useNeighbourhood.ts';
import { usePaths } from '../paths/usePaths.ts';
import type { Remote } from '../status/useRemote.ts';
import { useUrlState, type UrlState } from '../url/useUrlState.ts';
import { useWhatIf, type WhatIf } from '../whatif/useWhatIf.ts';
import { lostPairs } from '../whatif/whatIfMarks.ts';
import { canvasModel, type CanvasModel } from './canvasModel.ts';

type AnalysisReport = DetourTestHooks['analysis'];

export interface Explorer extends UrlState {
  readonly canvas: CanvasModel;
  readonly index: SubgraphIndex;
  readonly neighbourhood: ReturnType<typeof useNeighbourhood>;
  readonly paths: ReturnType<typeof usePaths>;
  readonly baseline: ReturnType<typeof usePaths>;
  readonly whatIf: WhatIf;
  readonly exposure: ReturnType<typeof useExposure>;
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

  const neighbourhood = useNeighbourhood(view === 'network' ? state.centre : null, state.depth);
  const paths = usePaths(
    view === 'paths'
      ? {
          from: state.from,
          to: state.to,
          statuses: filters.statuses,
          asOf: filters.asOf,
          indirectOnly: false,
        }
      : null,
  );
  const scope = view === 'whatif' ? { to: state.to, provider: state.provider } : null;
  const baseline = usePaths(
    scope === null ? null : { ...scope, from: null, asOf: null, indirectOnly: false, first: 500 },
  );
  const whatIf = useWhatIf(scope, state.removed);
  const exposure = useExposure(view === 'exposure' ? state.provider : null);

  const model = useMemo(
    () =>
      canvasModel(
        state,
        {
          neighbourhood: neighbourhood.data,
          paths: paths.data,
          baseline: baseline.data,
          whatIf: whatIf.result.data,
          exposure: exposure.data,
        },
        hoverKey,
      ),
    [
      state,
      neighbourhood.data,
      paths.data,
      baseline.data,
      whatIf.result.data,
      exposure.data,
      hoverKey,
    ],
  );
  const index = useMemo(() => indexSubgraph(model.subgraph), [model.subgraph]);
  const active: Remote<unknown> =
    view === 'network'
      ? neighbourhood
      : view === 'paths'
        ? paths
        : view === 'whatif'
          ? state.removed.length > 0
            ? whatIf.result
            : baseline
          : exposure;

  const listed = view === 'paths' && paths.fresh ? model.paths.map(pathKey) : [];
  const lost = view === 'whatif' && whatIf.result.fresh ? lostPairs(whatIf.result.data) : [];
  const loading = active.loading || (view === 'whatif' && whatIf.chokepoints.loading);
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
