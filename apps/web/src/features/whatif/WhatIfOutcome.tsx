// What the cut does: how many end users lose access (in all, and per chip or model), who they
// are a page at a time, and who keeps access through which route. The previous answer stays on
// screen, dimmed, while the next one loads.
import type { JSX } from 'react';
import { count } from '../../format/values.ts';
import { indexSubgraph } from '../../model/subgraph.ts';
import type { AccessChangePage } from '../../model/paths.ts';
import { Pager } from '../paging/Pager.tsx';
import type { Pages } from '../paging/usePages.ts';
import { listNames } from '../paths/explainPath.ts';
import { ErrorNotice } from '../status/ErrorNotice.tsx';
import { CHANGES_PAGE_SIZE, type WhatIf } from './useWhatIf.ts';
import { groupLost } from './whatIfMarks.ts';

export interface WhatIfOutcomeProps {
  readonly whatIf: WhatIf;
  readonly removed: readonly string[];
  readonly onSelectEntity: (id: string) => void;
}

export function WhatIfOutcome({
  whatIf,
  removed,
  onSelectEntity,
}: WhatIfOutcomeProps): JSX.Element {
  const { result, lostPages, keptPages } = whatIf;
  if (removed.length === 0) {
    return <p className="muted">Tick an intermediary to cut it off.</p>;
  }
  if (result.error !== null)
    return <ErrorNotice error={result.error} onRetry={result.retry} busy={result.loading} />;
  const data = result.data;
  if (data === null) return <p className="muted">Working out who loses access…</p>;
  const { lost, kept } = data;
  return (
    <div
      className={`outcome${result.fresh ? '' : ' is-stale'}`}
      aria-live="polite"
      aria-busy={result.loading}
    >
      <h3>
        Lose access{' '}
        <span className="outcome-count">{count(lost.endUsers, 'end user', 'end users')}</span>
      </h3>
      {lost.totalCount === 0 ? (
        <p className="muted">Nobody loses access: every end user has another route.</p>
      ) : (
        <>
          <ul className="outcome-by-capability" aria-label="Lost access by chip or model">
            {data.lostByCapability.map((c) => (
              <li key={c.capability.id}>
                {c.capability.name}: {count(c.endUsers, 'end user', 'end users')}
              </li>
            ))}
          </ul>
          <LostList page={lost} pages={lostPages} busy={result.loading} onSelect={onSelectEntity} />
        </>
      )}
      <h3>
        Keep access{' '}
        <span className="outcome-count">{count(kept.endUsers, 'end user', 'end users')}</span>
      </h3>
      <KeptList page={kept} pages={keptPages} busy={result.loading} />
    </div>
  );
}

interface ListProps {
  readonly page: AccessChangePage;
  readonly pages: Pages;
  readonly busy: boolean;
}

function LostList({
  page,
  pages,
  busy,
  onSelect,
}: ListProps & { onSelect: (id: string) => void }): JSX.Element {
  return (
    <>
      <ul className="outcome-list" aria-label="End users that lose access">
        {groupLost(page.items).map((g) => (
          <li key={g.endUser.id} className="outcome-lost">
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onSelect(g.endUser.id);
              }}
            >
              {g.endUser.name}
            </button>{' '}
            loses {listNames(g.capabilities.map((c) => c.name))}
          </li>
        ))}
      </ul>
      <ChangePager label="end users that lose access" page={page} pages={pages} busy={busy} />
    </>
  );
}

function KeptList({ page, pages, busy }: ListProps): JSX.Element {
  const index = indexSubgraph(page.subgraph);
  const name = (id: string): string => index.entities.get(id)?.name ?? id;
  return (
    <>
      <ul className="outcome-list" aria-label="End users that keep access">
        {page.items.map((k) => (
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
      <ChangePager label="end users that keep access" page={page} pages={pages} busy={busy} />
    </>
  );
}

function ChangePager({
  label,
  page,
  pages,
  busy,
}: ListProps & { label: string }): JSX.Element | null {
  return (
    <Pager
      label={label}
      pages={pages}
      pageSize={CHANGES_PAGE_SIZE}
      shown={page.items.length}
      total={page.totalCount}
      unit={page.totalCount === 1 ? 'pair' : 'end user–capability pairs'}
      pageInfo={page.pageInfo}
      busy={busy}
    />
  );
}
