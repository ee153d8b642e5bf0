// The access-path question (which end user, which chip or model) and every path that answers it.
import { CAPABILITY_KINDS } from '@detour/domain';
import type { JSX } from 'react';
import { count, formatPartialDate } from '../../format/values.ts';
import { pathKey } from '../../model/paths.ts';
import type { EntitySummary, SubgraphIndex } from '../../model/subgraph.ts';
import { Pager } from '../paging/Pager.tsx';
import { EntityPicker } from '../search/EntityPicker.tsx';
import { ErrorNotice } from '../status/ErrorNotice.tsx';
import { PathItem } from './PathItem.tsx';
import { PATHS_PAGE_SIZE, type PagedPaths } from './usePaths.ts';
import './paths.css';

export interface PathsPanelProps {
  readonly from: string | null;
  readonly fromName: string | null;
  readonly to: string | null;
  readonly toName: string | null;
  readonly asOf: string | null;
  readonly onChooseFrom: (entity: EntitySummary | null) => void;
  readonly onChooseTo: (entity: EntitySummary | null) => void;
  readonly result: PagedPaths;
  /** Names for the listed paths' entities. */
  readonly index: SubgraphIndex;
  readonly selectedKey: string | null;
  readonly onHover: (key: string | null) => void;
  readonly onSelect: (key: string) => void;
  readonly onClearDate: () => void;
}

export function PathsPanel(props: PathsPanelProps): JSX.Element {
  const { from, fromName, to, toName } = props;
  return (
    <div className="panel">
      <h2 className="panel-title">Access paths</h2>
      <p className="panel-intro muted">
        Every route from an end user to a controlled chip or model. Purple routes reach the cloud
        provider without the end user ever contracting with it.
      </p>
      <EntityPicker
        label="End user"
        kinds={['EndUser']}
        placeholder="e.g. Shenzhen University"
        anyLabel="Any end user"
        chosenId={from}
        chosenName={fromName}
        onChoose={props.onChooseFrom}
      />
      <EntityPicker
        label="Chip or model"
        kinds={CAPABILITY_KINDS}
        placeholder="e.g. H100, Claude 3"
        anyLabel="Any controlled capability"
        chosenId={to}
        chosenName={toName}
        onChoose={props.onChooseTo}
      />
      <PathList {...props} />
    </div>
  );
}

function PathList({
  result,
  index,
  selectedKey,
  onHover,
  onSelect,
  from,
  fromName,
  toName,
  asOf,
  onClearDate,
}: PathsPanelProps): JSX.Element {
  if (result.error !== null) {
    return <ErrorNotice error={result.error} onRetry={result.retry} busy={result.loading} />;
  }
  const data = result.data;
  if (data === null) return <p className="muted">Finding access paths…</p>;
  const paths = data.paths;
  if (paths.length === 0 && result.fresh && result.pages.index === 0) {
    return (
      <div className="panel-empty" role="status">
        <p>
          <strong>No access path</strong> from {fromName ?? 'any end user'} to{' '}
          {toName ?? 'any controlled capability'}
          {asOf !== null && <> on {formatPartialDate(asOf)}</>} with these filters.
        </p>
        <ul className="suggestions">
          {asOf !== null && (
            <li>
              <button type="button" className="link-button" onClick={onClearDate}>
                Show paths at any date
              </button>
            </li>
          )}
          <li>Choose another chip or model, or “any controlled capability”.</li>
          <li>Allow every status in the filters: planned and unverified links count too.</li>
        </ul>
      </div>
    );
  }
  const indirect = paths.filter((p) => p.avoidsDirectContact).length;
  const paged = result.pages.index > 0 || data.truncated;
  return (
    <div className={`path-results${result.fresh ? '' : ' is-stale'}`}>
      {from === null && data.endUsers !== undefined && (
        <p className="analysis-counts" role="status">
          <strong>{count(data.endUsers, 'end user reaches', 'end users reach')}</strong>{' '}
          {toName ?? 'a controlled capability'}
        </p>
      )}
      <p className="path-count" aria-live="polite">
        {count(paths.length, 'path', 'paths')}
        {paged && ' on this page'}, {indirect} avoiding direct contact
      </p>
      <ol className="path-list" aria-label="Access paths" aria-busy={result.loading}>
        {paths.map((path) => {
          const key = pathKey(path);
          return (
            <PathItem
              key={key}
              path={path}
              index={index}
              selected={key === selectedKey}
              onHover={(hovering) => {
                onHover(hovering ? key : null);
              }}
              onSelect={() => {
                onSelect(key);
              }}
            />
          );
        })}
      </ol>
      <Pager
        label="access paths"
        pages={result.pages}
        pageSize={PATHS_PAGE_SIZE}
        shown={paths.length}
        pageInfo={{ endCursor: data.endCursor, hasNextPage: data.truncated }}
        busy={result.loading}
      />
    </div>
  );
}
