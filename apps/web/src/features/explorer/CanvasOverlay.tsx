// What sits over the canvas: a status line for the view, an empty state saying what to do next,
// errors, and the loading indicator once a request has taken over 200 ms.
import type { JSX } from 'react';
import { count, formatPartialDate } from '../../format/values.ts';
import { EmptyState } from '../neighbourhood/EmptyState.tsx';
import { GraphStatus } from '../neighbourhood/GraphStatus.tsx';
import type { Centre } from '../neighbourhood/useNeighbourhood.ts';
import { ErrorNotice } from '../status/ErrorNotice.tsx';
import { useDelayedFlag } from '../status/useDelayedFlag.ts';
import { drawsWhatIfPaths } from './canvasModel.ts';
import type { Explorer } from './useExplorer.ts';

export interface CanvasOverlayProps {
  readonly explorer: Explorer;
  readonly names: {
    centre: string | null;
    from: string | null;
    to: string | null;
    provider: string | null;
  };
  readonly healthError: unknown;
  readonly onRetry: () => void;
  readonly onExplore: (centre: Centre) => void;
}

export function CanvasOverlay({
  explorer,
  names,
  healthError,
  onRetry,
  onExplore,
}: CanvasOverlayProps): JSX.Element {
  const { state, canvas, active } = explorer;
  const showLoading = useDelayedFlag(active.loading, active.requestId);
  const { entities, relationships } = canvas.subgraph;
  const asOf = state.filters.asOf === null ? '' : ` · on ${formatPartialDate(state.filters.asOf)}`;
  const sizes = `${count(entities.length, 'entity', 'entities')} · ${count(relationships.length, 'relationship', 'relationships')}`;
  const error: unknown = (state.view === 'network' ? active.error : null) ?? healthError;
  const grouped = canvas.groups.nodes.length > 0;
  const warning = warningFor(explorer);

  let status: JSX.Element | null = null;
  let empty: JSX.Element | null = null;
  switch (state.view) {
    case 'network':
      if (state.centre !== null) {
        status = (
          <>
            Around <strong>{names.centre ?? state.centre}</strong> ·{' '}
            {count(state.depth, 'hop', 'hops')} · {sizes}
            {asOf}
          </>
        );
      } else if (!active.loading) empty = <EmptyState onExplore={onExplore} />;
      break;
    case 'paths':
      status = (
        <>
          Access paths from <strong>{names.from ?? 'any end user'}</strong> to{' '}
          <strong>{names.to ?? 'any controlled capability'}</strong>
          {asOf}
          {grouped && <> · end users grouped by where they come in</>}
        </>
      );
      if (active.fresh && entities.length === 0)
        empty = (
          <Hint title="No access path to draw">
            Change the end user, the chip or model, or the date in the panel on the left.
          </Hint>
        );
      break;
    case 'whatif':
      status = (
        <>
          Access to <strong>{names.to ?? 'every controlled capability'}</strong>
          {state.provider !== null && <> through {names.provider ?? state.provider}</>}
          {state.removed.length > 0 && (
            <> · {count(state.removed.length, 'entity', 'entities')} cut off</>
          )}
          {asOf}
          {drawsWhatIfPaths(explorer.whatIf.chokepoints.data) ? (
            explorer.baseline.data?.truncated === true && (
              <>
                {' '}
                · drawing the first {count(explorer.baseline.data.paths.length, 'path', 'paths')}
              </>
            )
          ) : (
            <> · this page of the ranking, each intermediary with the end users through it</>
          )}
        </>
      );
      break;
    case 'exposure':
      if (state.provider === null)
        empty = (
          <Hint title="Whose customers are they?">
            Choose a cloud provider on the left (AWS, Microsoft Azure …) to see the end users that
            reach it only through intermediaries.
          </Hint>
        );
      else
        status = (
          <>
            Exposure of <strong>{names.provider ?? state.provider}</strong>
            {asOf}
            {grouped ? (
              <>
                {' '}
                · the top {count(canvas.groups.nodes.length, 'channel', 'channels')}, each with the
                end users coming in through it
              </>
            ) : (
              <> · {sizes}</>
            )}
          </>
        );
      break;
  }

  return (
    <>
      {status !== null && <GraphStatus warning={warning}>{status}</GraphStatus>}
      {empty}
      <div className="canvas-notices">
        {error !== null && <ErrorNotice error={error} onRetry={onRetry} busy={active.loading} />}
        {showLoading && (
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" />
            Loading…
          </p>
        )}
      </div>
    </>
  );
}

function Hint({ title, children }: { title: string; children: string }): JSX.Element {
  return (
    <div className="empty-state" role="status">
      <h2>{title}</h2>
      <p>{children}</p>
    </div>
  );
}

/** Said under the status line: a network cut at the API's bound, or figures of a partial import. */
function warningFor({ state, neighbourhood, whatIf, exposure }: Explorer): string | null {
  switch (state.view) {
    case 'network':
      return neighbourhood.data?.truncated === true
        ? 'The API cut this result at its size limit; some of it is not shown.'
        : null;
    case 'paths':
      // More paths than the page are paged in the panel, not cut.
      return null;
    case 'whatif':
      return whatIf.chokepoints.data?.complete === false || whatIf.result.data?.complete === false
        ? INCOMPLETE
        : null;
    case 'exposure':
      return exposure.data?.complete === false ? INCOMPLETE : null;
  }
}

const INCOMPLETE =
  'An import was still loading when the data was read: these figures may change once it is done.';
