// The left-hand column: the analyses as tabs, the panel of the one in view, and the filters.
import type { JSX } from 'react';
import type { EntitySummary } from '../../model/subgraph.ts';
import { ExposurePanel } from '../exposure/ExposurePanel.tsx';
import { FilterPanel } from '../filters/FilterPanel.tsx';
import { PathsPanel } from '../paths/PathsPanel.tsx';
import { WhatIfPanel } from '../whatif/WhatIfPanel.tsx';
import type { View } from '../url/urlState.ts';
import type { Explorer } from './useExplorer.ts';
import { PANEL_ID, ViewTabs, tabId } from './ViewTabs.tsx';
import './explorer.css';

export interface SidebarProps {
  readonly explorer: Explorer;
  readonly names: {
    centre: string | null;
    from: string | null;
    to: string | null;
    provider: string | null;
  };
  readonly onView: (view: View) => void;
}

export function Sidebar({ explorer, names, onView }: SidebarProps): JSX.Element {
  const { state, update } = explorer;
  const choose =
    (field: 'from' | 'to' | 'provider') =>
    (entity: EntitySummary | null): void => {
      update({ [field]: entity?.id ?? null, selection: null });
    };
  const selectEntity = (id: string): void => {
    update({ selection: { type: 'entity', id } });
  };
  const selectPath = (id: string): void => {
    update({ selection: { type: 'path', id } });
  };
  return (
    <section className="sidebar" aria-label="Analysis">
      <ViewTabs view={state.view} onChange={onView} />
      <div
        id={PANEL_ID}
        role="tabpanel"
        aria-labelledby={tabId(state.view)}
        className="sidebar-body"
      >
        {state.view === 'network' && (
          <div className="panel">
            <h2 className="panel-title">Network</h2>
            <p className="panel-intro muted">
              {names.centre === null
                ? 'Search for an organisation, chip or model to draw the network around it.'
                : `Everything within ${String(state.depth)} hops of ${names.centre}. Select an entity for its details and the analyses that start from it.`}
            </p>
          </div>
        )}
        {state.view === 'paths' && (
          <PathsPanel
            from={state.from}
            fromName={names.from}
            to={state.to}
            toName={names.to}
            asOf={state.filters.asOf}
            onChooseFrom={choose('from')}
            onChooseTo={choose('to')}
            result={explorer.paths}
            index={explorer.index}
            selectedKey={state.selection?.type === 'path' ? state.selection.id : null}
            onHover={explorer.setHoverKey}
            onSelect={selectPath}
            onClearDate={() => {
              update({ filters: { ...state.filters, asOf: null } });
            }}
          />
        )}
        {state.view === 'whatif' && (
          <WhatIfPanel
            to={state.to}
            toName={names.to}
            onChooseTo={choose('to')}
            provider={state.provider}
            providerName={names.provider}
            onChooseProvider={choose('provider')}
            whatIf={explorer.whatIf}
            removed={state.removed}
            onSelectEntity={selectEntity}
            onToggle={(id, cut) => {
              const rest = state.removed.filter((r) => r !== id);
              update({ removed: cut ? [...rest, id] : rest });
            }}
          />
        )}
        {state.view === 'exposure' && (
          <ExposurePanel
            provider={state.provider}
            providerName={names.provider}
            onChooseProvider={choose('provider')}
            exposure={explorer.exposure}
            onSelectEntity={selectEntity}
            onSelectPath={selectPath}
          />
        )}
        <FilterPanel
          filters={state.filters}
          onChange={(filters) => {
            update({ filters });
          }}
        />
      </div>
    </section>
  );
}
