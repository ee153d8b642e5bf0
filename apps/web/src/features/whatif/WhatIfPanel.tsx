// Chokepoints ranked, each one a checkbox: cut some off and see who loses access to what, and
// who keeps it and through whom.
import { CAPABILITY_KINDS } from '@detour/domain';
import type { JSX } from 'react';
import type { EntitySummary, SubgraphIndex } from '../../model/subgraph.ts';
import { listNames } from '../paths/explainPath.ts';
import { EntityPicker } from '../search/EntityPicker.tsx';
import { ErrorNotice } from '../status/ErrorNotice.tsx';
import { groupLost } from './whatIfMarks.ts';
import type { WhatIf } from './useWhatIf.ts';
import './whatif.css';

export interface WhatIfPanelProps {
  readonly to: string | null;
  readonly toName: string | null;
  readonly onChooseTo: (entity: EntitySummary | null) => void;
  readonly provider: string | null;
  readonly providerName: string | null;
  readonly onChooseProvider: (entity: EntitySummary | null) => void;
  readonly whatIf: WhatIf;
  readonly removed: readonly string[];
  readonly onToggle: (id: string, cut: boolean) => void;
  /** Names for the kept paths' entities. */
  readonly index: SubgraphIndex;
  readonly onSelectEntity: (id: string) => void;
}

export function WhatIfPanel(props: WhatIfPanelProps): JSX.Element {
  const { chokepoints } = props.whatIf;
  const ranked = chokepoints.data ?? [];
  return (
    <div className="panel">
      <h2 className="panel-title">Chokepoints and what-if</h2>
      <p className="panel-intro muted">
        Intermediaries ranked by how many end users reach controlled capabilities through them. Cut
        one off to see who loses access.
      </p>
      <EntityPicker
        label="Chip or model"
        kinds={CAPABILITY_KINDS}
        placeholder="e.g. H100, Claude 3"
        anyLabel="Any controlled capability"
        chosenId={props.to}
        chosenName={props.toName}
        onChoose={props.onChooseTo}
      />
      <EntityPicker
        label="Cloud provider"
        kinds={['CloudProvider']}
        placeholder="e.g. AWS, Microsoft Azure"
        anyLabel="Any cloud provider"
        chosenId={props.provider}
        chosenName={props.providerName}
        onChoose={props.onChooseProvider}
      />
      {chokepoints.error !== null && (
        <ErrorNotice error={chokepoints.error} onRetry={chokepoints.retry} />
      )}
      {chokepoints.data === null && chokepoints.loading && (
        <p className="muted">Ranking intermediaries…</p>
      )}
      {chokepoints.fresh && ranked.length === 0 && (
        <p className="panel-empty">No intermediary stands on any access path in this scope.</p>
      )}
      <fieldset className="chokepoints">
        <legend>Cut off</legend>
        {ranked.map((c) => (
          <label key={c.entity.id} className="chokepoint">
            <input
              type="checkbox"
              checked={props.removed.includes(c.entity.id)}
              onChange={(event) => {
                props.onToggle(c.entity.id, event.target.checked);
              }}
            />
            <span>
              <span className="chokepoint-name">{c.entity.name}</span>
              <span className="muted chokepoint-counts">
                {c.endUsersThrough} end {c.endUsersThrough === 1 ? 'user goes' : 'users go'} through
                it · {c.endUsersDependent} {c.endUsersDependent === 1 ? 'depends' : 'depend'} on it
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <Outcome {...props} />
    </div>
  );
}

function Outcome({ whatIf, removed, index, onSelectEntity }: WhatIfPanelProps): JSX.Element | null {
  const { result } = whatIf;
  if (removed.length === 0) {
    return <p className="muted">Tick an intermediary to cut it off.</p>;
  }
  if (result.error !== null) return <ErrorNotice error={result.error} onRetry={result.retry} />;
  if (result.data === null) return <p className="muted">Working out who loses access…</p>;
  const lost = groupLost(result.data.lost);
  const name = (id: string): string => index.entities.get(id)?.name ?? id;
  return (
    <div className="outcome" aria-live="polite" aria-busy={result.loading}>
      <h3>Lose access ({lost.length})</h3>
      {lost.length === 0 ? (
        <p className="muted">Nobody loses access: every end user has another route.</p>
      ) : (
        <ul className="outcome-list" aria-label="End users that lose access">
          {lost.map((g) => (
            <li key={g.endUser.id} className="outcome-lost">
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onSelectEntity(g.endUser.id);
                }}
              >
                {g.endUser.name}
              </button>{' '}
              loses {listNames(g.capabilities.map((c) => c.name))}
            </li>
          ))}
        </ul>
      )}
      <h3>Keep access ({result.data.kept.length})</h3>
      <ul className="outcome-list" aria-label="End users that keep access">
        {result.data.kept.map((k) => (
          <li key={`${k.endUser.id}-${k.capability.id}`}>
            <strong>{k.endUser.name}</strong> keeps {k.capability.name}
            {k.remainingPath !== undefined && (
              <span className="muted">
                {' '}
                {k.remainingPath.intermediaries.length === 0
                  ? `directly from ${name(k.remainingPath.provider)}`
                  : `via ${k.remainingPath.entities.slice(1, -1).map(name).join(' → ')}`}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
