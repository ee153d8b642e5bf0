// The key to the canvas, generated from the same tables as the stylesheet.
import { ENTITY_KINDS, ENTITY_KIND_INFO, STATUSES, STATUS_INFO } from '@detour/domain';
import type { JSX } from 'react';
import { kindLabel, statusLabel } from '../format/labels.ts';
import { KindIcon, StatusLine } from './KindIcon.tsx';
import { LEGEND_MARKS, MarkIcon } from './MarkIcon.tsx';
import './graph.css';

/** Kinds in chain order (end user first), the order the canvas reads left to right. */
const KINDS_IN_CHAIN_ORDER = [...ENTITY_KINDS].sort(
  (a, b) => ENTITY_KIND_INFO[a].layer - ENTITY_KIND_INFO[b].layer,
);

/** A strip under the canvas, so it never hides part of the network. */
export function Legend(): JSX.Element {
  return (
    <footer className="legend" aria-label="Legend">
      <div className="legend-row">
        <h2 className="legend-heading">Kinds</h2>
        <ul className="legend-list">
          {KINDS_IN_CHAIN_ORDER.map((kind) => (
            <li key={kind} title={ENTITY_KIND_INFO[kind].description}>
              <KindIcon kind={kind} />
              {kindLabel(kind)}
            </li>
          ))}
          <li title="Large answers draw many end users as one node, labelled with how many">
            <KindIcon kind="EndUser" size={20} />
            +N: that many end users
          </li>
        </ul>
      </div>
      <div className="legend-row">
        <h2 className="legend-heading">Status</h2>
        <ul className="legend-list">
          {STATUSES.map((status) => (
            <li key={status} title={STATUS_INFO[status].description}>
              <StatusLine status={status} />
              {statusLabel(status)}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend-row">
        <h2 className="legend-heading">Marks</h2>
        <ul className="legend-list">
          {LEGEND_MARKS.map(({ mark, label }) => (
            <li key={mark}>
              <MarkIcon mark={mark} />
              {label}
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
