// A provider's exposure: which end users reach its chips and models only through intermediaries,
// the ones on a control list first.
import type { JSX } from 'react';
import { pathKey, type ProviderExposure } from '../../model/paths.ts';
import { indexSubgraph, type EntitySummary } from '../../model/subgraph.ts';
import { listNames } from '../paths/explainPath.ts';
import { EntityPicker } from '../search/EntityPicker.tsx';
import { ErrorNotice } from '../status/ErrorNotice.tsx';
import type { Remote } from '../status/useRemote.ts';
import { rankExposed } from './exposureMarks.ts';
import './exposure.css';

export interface ExposurePanelProps {
  readonly provider: string | null;
  readonly providerName: string | null;
  readonly onChooseProvider: (entity: EntitySummary | null) => void;
  readonly exposure: Remote<ProviderExposure>;
  readonly onSelectEntity: (id: string) => void;
  readonly onSelectPath: (key: string) => void;
}

export function ExposurePanel(props: ExposurePanelProps): JSX.Element {
  return (
    <div className="panel">
      <h2 className="panel-title">Provider exposure</h2>
      <p className="panel-intro muted">
        End users that reach a cloud provider’s chips and models only through intermediaries: the
        provider has no contract with them.
      </p>
      <EntityPicker
        label="Cloud provider"
        kinds={['CloudProvider']}
        placeholder="e.g. AWS, Microsoft Azure"
        chosenId={props.provider}
        chosenName={props.providerName}
        onChoose={props.onChooseProvider}
      />
      <ExposureList {...props} />
    </div>
  );
}

function ExposureList({
  provider,
  exposure,
  onSelectEntity,
  onSelectPath,
}: ExposurePanelProps): JSX.Element {
  if (provider === null) return <p className="muted">Choose a provider to see its exposure.</p>;
  if (exposure.error !== null) {
    return <ErrorNotice error={exposure.error} onRetry={exposure.retry} busy={exposure.loading} />;
  }
  if (exposure.data === null) return <p className="muted">Looking for exposed end users…</p>;
  const ranked = rankExposed(exposure.data.endUsers);
  const index = indexSubgraph(exposure.data.subgraph);
  const name = (id: string): string => index.entities.get(id)?.name ?? id;
  if (ranked.length === 0) {
    return (
      <p className="panel-empty" role="status">
        No end user reaches {exposure.data.provider.name} only through intermediaries. Try another
        provider.
      </p>
    );
  }
  return (
    <ol className="exposure-list" aria-label="Exposed end users" aria-busy={exposure.loading}>
      {ranked.map((e) => (
        <li key={e.endUser.id} className={`exposure-item${e.listed ? ' is-listed' : ''}`}>
          <button
            type="button"
            className="link-button exposure-name"
            onClick={() => {
              onSelectEntity(e.endUser.id);
            }}
          >
            {e.endUser.name}
          </button>
          {e.listed && (
            <span className="badge badge-listed">
              Listed: {listNames(e.controlLists.map((l) => l.name))}
            </span>
          )}
          <ul className="exposure-paths">
            {e.paths.map((p) => (
              <li key={pathKey(p)}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    onSelectPath(pathKey(p));
                  }}
                >
                  {name(p.capability)} via {listNames(p.intermediaries.map(name))}
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
