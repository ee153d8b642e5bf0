// The explorer's frame: search on top, the network in the centre, details on the right.
import { useCallback, useMemo, useState, type JSX } from 'react';
import { DetailsPanel } from './features/details/DetailsPanel.tsx';
import { DepthSelect } from './features/neighbourhood/DepthSelect.tsx';
import { EmptyState } from './features/neighbourhood/EmptyState.tsx';
import { GraphStatus } from './features/neighbourhood/GraphStatus.tsx';
import { useNeighbourhood, type Centre } from './features/neighbourhood/useNeighbourhood.ts';
import { SearchBox } from './features/search/SearchBox.tsx';
import { ErrorNotice } from './features/status/ErrorNotice.tsx';
import { useApiHealth } from './features/status/useApiHealth.ts';
import { useDelayedFlag } from './features/status/useDelayedFlag.ts';
import { GraphCanvas } from './graph/GraphCanvas.tsx';
import { Legend } from './graph/Legend.tsx';
import { indexSubgraph, type Selection } from './model/subgraph.ts';

export function App(): JSX.Element {
  const health = useApiHealth();
  const neighbourhood = useNeighbourhood();
  const { centre, depth, subgraph, load } = neighbourhood;
  const [selection, setSelection] = useState<Selection | null>(null);
  const index = useMemo(() => indexSubgraph(subgraph), [subgraph]);
  const showLoading = useDelayedFlag(neighbourhood.loading, neighbourhood.requestId);

  const explore = useCallback(
    (next: Centre) => {
      setSelection({ type: 'entity', id: next.id });
      load({ id: next.id, name: next.name }, depth);
    },
    [load, depth],
  );

  const error: unknown = neighbourhood.error ?? (health.status === 'down' ? health.error : null);
  const retry = (): void => {
    health.recheck();
    if (neighbourhood.error !== null) neighbourhood.retry();
  };

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Detour</h1>
          <p className="tagline">
            Who reaches restricted US AI chips and models, and through whom.
          </p>
        </div>
        <div className="toolbar">
          <SearchBox onChoose={explore} />
          <DepthSelect depth={depth} onChange={neighbourhood.changeDepth} />
        </div>
      </header>
      <main className="workspace">
        <section className="canvas-area" aria-label="Network">
          <div className="canvas-stage">
            <GraphCanvas
              subgraph={subgraph}
              selectedId={selection?.id ?? null}
              onSelect={setSelection}
              label={
                centre === null
                  ? 'Empty network'
                  : `Network around ${centre.name}: ${subgraph.entities.length} entities, ${subgraph.relationships.length} relationships. The details panel lists the connections of the selected entity.`
              }
            />
            {centre !== null && <GraphStatus centre={centre} depth={depth} subgraph={subgraph} />}
            {centre === null && !neighbourhood.loading && <EmptyState onExplore={explore} />}
            <div className="canvas-notices">
              {error !== null && (
                <ErrorNotice
                  error={error}
                  onRetry={retry}
                  busy={health.status === 'checking' || neighbourhood.loading}
                />
              )}
              {showLoading && (
                <p className="loading" role="status">
                  <span className="spinner" aria-hidden="true" />
                  Loading the network around {centre?.name ?? 'the entity'}…
                </p>
              )}
            </div>
          </div>
          <Legend />
        </section>
        <DetailsPanel
          selection={selection}
          index={index}
          centreId={centre?.id ?? null}
          onSelect={setSelection}
          onExplore={explore}
        />
      </main>
    </div>
  );
}
