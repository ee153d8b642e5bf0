// The ranking of intermediaries for the what-if scope, a page at a time, each one a checkbox; the
// entities cut off that are not on this page stay listed, so they can be restored.
import type { JSX, ReactNode } from 'react';
import { count, formatNumber } from '../../format/values.ts';
import type { EntityRecord } from '../../model/subgraph.ts';
import { Pager } from '../paging/Pager.tsx';
import { ErrorNotice } from '../status/ErrorNotice.tsx';
import { CHOKEPOINTS_PAGE_SIZE, type WhatIf } from './useWhatIf.ts';

export interface ChokepointListProps {
  readonly whatIf: WhatIf;
  readonly removed: readonly string[];
  readonly onToggle: (id: string, cut: boolean) => void;
  /** What the scope reaches, e.g. "Nvidia H100" or "a controlled capability". */
  readonly reaching: string;
}

export function ChokepointList({
  whatIf,
  removed,
  onToggle,
  reaching,
}: ChokepointListProps): JSX.Element {
  const { chokepoints, chokepointPages, result } = whatIf;
  const ranking = chokepoints.data;
  const names = new Map<string, EntityRecord>(
    (result.data?.removed ?? []).map((e) => [e.id, e] as const),
  );
  for (const c of ranking?.items ?? []) names.set(c.entity.id, c.entity);
  const onPage = new Set(ranking?.items.map((c) => c.entity.id));
  const elsewhere = removed.filter((id) => !onPage.has(id));
  return (
    <section
      className={`chokepoint-ranking${chokepoints.fresh ? '' : ' is-stale'}`}
      aria-label="Chokepoints"
      aria-busy={chokepoints.loading}
    >
      {chokepoints.error !== null && (
        <ErrorNotice
          error={chokepoints.error}
          onRetry={chokepoints.retry}
          busy={chokepoints.loading}
        />
      )}
      {ranking === null && chokepoints.loading && <p className="muted">Ranking intermediaries…</p>}
      {ranking !== null && (
        <p className="analysis-counts" role="status">
          <strong>
            {count(ranking.endUsersWithAccess, 'end user reaches', 'end users reach')}
          </strong>{' '}
          {reaching} ·{' '}
          <strong>{count(ranking.totalCount, 'intermediary', 'intermediaries')}</strong> on their
          paths
        </p>
      )}
      {chokepoints.fresh && ranking?.totalCount === 0 && (
        <p className="panel-empty">No intermediary stands on any access path in this scope.</p>
      )}
      {ranking !== null && ranking.items.length > 0 && (
        <fieldset className="chokepoints">
          <legend>Cut off (most end users through it first)</legend>
          {ranking.items.map((c) => (
            <Choice
              key={c.entity.id}
              id={c.entity.id}
              name={c.entity.name}
              checked={removed.includes(c.entity.id)}
              onToggle={onToggle}
            >
              {formatNumber(c.endUsersThrough)} end{' '}
              {c.endUsersThrough === 1 ? 'user goes' : 'users go'} through it ·{' '}
              {formatNumber(c.endUsersDependent)} {c.endUsersDependent === 1 ? 'depends' : 'depend'}{' '}
              on it
            </Choice>
          ))}
        </fieldset>
      )}
      {ranking !== null && (
        <Pager
          label="chokepoints"
          pages={chokepointPages}
          pageSize={CHOKEPOINTS_PAGE_SIZE}
          shown={ranking.items.length}
          total={ranking.totalCount}
          pageInfo={ranking.pageInfo}
          busy={chokepoints.loading}
        />
      )}
      {elsewhere.length > 0 && (
        <fieldset className="chokepoints">
          <legend>Also cut off</legend>
          {elsewhere.map((id) => (
            <Choice key={id} id={id} name={names.get(id)?.name ?? id} checked onToggle={onToggle}>
              not on this page of the ranking
            </Choice>
          ))}
        </fieldset>
      )}
    </section>
  );
}

function Choice(props: {
  id: string;
  name: string;
  checked: boolean;
  onToggle: (id: string, cut: boolean) => void;
  children: ReactNode;
}): JSX.Element {
  return (
    <label className="chokepoint">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => {
          props.onToggle(props.id, event.target.checked);
        }}
      />
      <span>
        <span className="chokepoint-name">{props.name}</span>
        <span className="muted chokepoint-counts">{props.children}</span>
      </span>
    </label>
  );
}
