// The explorer's frame: search and sharing on top; analyses on the left, the network in the
// centre, details on the right. Everything shown follows the URL (features/url).
import { useRef, type JSX } from 'react';
import { CanvasOverlay } from './features/explorer/CanvasOverlay.tsx';
import { findPath } from './features/explorer/canvasModel.ts';
import { LayoutSelect } from './features/explorer/LayoutSelect.tsx';
import { Sidebar } from './features/explorer/Sidebar.tsx';
import { useExplorer } from './features/explorer/useExplorer.ts';
import { DetailsPanel } from './features/details/DetailsPanel.tsx';
import { DepthSelect } from './features/neighbourhood/DepthSelect.tsx';
import { SearchBox } from './features/search/SearchBox.tsx';
import { useEntityName } from './features/search/useEntityName.ts';
import { ShareMenu } from './features/share/ShareMenu.tsx';
import { useApiHealth } from './features/status/useApiHealth.ts';
import type { View } from './features/url/urlState.ts';
import { GraphCanvas, type GraphCanvasHandle } from './graph/GraphCanvas.tsx';
import { Legend } from './graph/Legend.tsx';

export function App(): JSX.Element {
  const health = useApiHealth();
  const explorer = useExplorer();
  const { state, update, canvas, index } = explorer;
  const canvasRef = useRef<GraphCanvasHandle>(null);
  const names = {
    centre: useEntityName(state.centre, index),
    from: useEntityName(state.from, index),
    to: useEntityName(state.to, index),
    provider: useEntityName(state.provider, index),
  };

  const explore = (entity: { id: string }): void => {
    update({ view: 'network', centre: entity.id, selection: { type: 'entity', id: entity.id } });
  };
  const switchView = (view: View): void => {
    // The centre, when it is an end user, is the natural "from" of its access paths.
    const centre = state.centre === null ? undefined : index.entities.get(state.centre);
    const from =
      view === 'paths' && state.from === null && centre?.kind === 'EndUser'
        ? centre.id
        : state.from;
    explorer.setHoverKey(null);
    update({ view, from, selection: null });
  };
  const retry = (): void => {
    health.recheck();
    if (explorer.active.error !== null) explorer.active.retry();
  };
  const selectedPath =
    state.selection?.type === 'path' ? findPath(canvas.paths, state.selection.id) : undefined;
  const selectedId = state.selection?.type === 'path' ? null : (state.selection?.id ?? null);

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
          <SearchBox onChoose={explore} shortcut />
          {state.view === 'network' && (
            <DepthSelect
              depth={state.depth}
              onChange={(depth) => {
                update({ depth });
              }}
            />
          )}
          <LayoutSelect
            layout={state.layout}
            onChange={(layout) => {
              update({ layout });
            }}
          />
        </div>
        <ShareMenu
          canvas={canvasRef}
          subgraph={canvas.subgraph}
          view={state.view}
          asOf={state.filters.asOf}
        />
      </header>
      <main className="workspace">
        <Sidebar explorer={explorer} names={names} onView={switchView} />
        <section className="canvas-area" aria-label="Network">
          <div className="canvas-stage">
            <GraphCanvas
              subgraph={canvas.subgraph}
              marks={canvas.marks}
              groups={canvas.groups}
              selectedId={selectedId}
              layout={state.layout}
              handleRef={canvasRef}
              onSelect={(selection) => {
                update({ selection });
              }}
              label={`${canvas.subgraph.entities.length} entities and ${canvas.subgraph.relationships.length} relationships${canvas.groups.nodes.length > 0 ? `, and ${canvas.groups.nodes.length} groups of end users` : ''}. The panels list them: the analyses on the left, the selection's details on the right.`}
            />
            <CanvasOverlay
              explorer={explorer}
              names={names}
              healthError={health.status === 'down' ? health.error : null}
              onRetry={retry}
              onExplore={explore}
            />
          </div>
          <Legend />
        </section>
        <DetailsPanel
          selection={state.selection}
          index={index}
          centreId={state.view === 'network' ? state.centre : null}
          path={selectedPath}
          onSelect={(selection) => {
            update({ selection });
          }}
          onExplore={explore}
          onAnalyse={(analysis) => {
            update(analysis.change);
          }}
        />
      </main>
    </div>
  );
}
