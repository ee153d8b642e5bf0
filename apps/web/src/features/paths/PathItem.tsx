// One access path in the list: the route by name, hops, intermediaries, weakest status, when it
// held, and badges for what matters most (avoids direct contact; never coexisted).
import type { JSX } from 'react';
import { statusLabel } from '../../format/labels.ts';
import { StatusLine } from '../../graph/KindIcon.tsx';
import type { AccessPath } from '../../model/paths.ts';
import type { SubgraphIndex } from '../../model/subgraph.ts';
import { listNames, pathTitle, validityWindow } from './explainPath.ts';

export interface PathItemProps {
  readonly path: AccessPath;
  readonly index: SubgraphIndex;
  readonly selected: boolean;
  readonly onHover: (hovering: boolean) => void;
  readonly onSelect: () => void;
}

export function PathItem({ path, index, selected, onHover, onSelect }: PathItemProps): JSX.Element {
  const via = path.intermediaries.map((id) => index.entities.get(id)?.name ?? id);
  return (
    <li>
      <button
        type="button"
        className={`path-item${selected ? ' is-selected' : ''}${path.avoidsDirectContact ? ' avoids-contact' : ''}`}
        aria-pressed={selected}
        onMouseEnter={() => {
          onHover(true);
        }}
        onMouseLeave={() => {
          onHover(false);
        }}
        onFocus={() => {
          onHover(true);
        }}
        onBlur={() => {
          onHover(false);
        }}
        onClick={onSelect}
      >
        <span className="path-title">{pathTitle(path, index)}</span>
        <span className="path-badges">
          {path.avoidsDirectContact && (
            <span className="badge badge-avoids">Avoids direct contact</span>
          )}
          {!path.indirect && <span className="badge badge-direct">Direct contact</span>}
          {!path.coexisted && (
            <span
              className="badge badge-warning"
              title="Its relationships never held at the same time"
            >
              ⚠ Never coexisted
            </span>
          )}
        </span>
        <span className="path-meta">
          {path.hops} hops{via.length > 0 && <> · via {listNames(via)}</>}
        </span>
        <span className="path-meta">
          <StatusLine status={path.weakestStatus} width={24} />
          <span>
            weakest: {statusLabel(path.weakestStatus)} · {validityWindow(path)}
          </span>
        </span>
      </button>
    </li>
  );
}
