// One line over the canvas saying what is shown: centre, depth, counts, and whether it was cut.
import type { JSX } from 'react';
import type { Subgraph } from '../../model/subgraph.ts';
import type { Centre } from './useNeighbourhood.ts';
import './neighbourhood.css';

export interface GraphStatusProps {
  readonly centre: Centre;
  readonly depth: number;
  readonly subgraph: Subgraph;
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function GraphStatus({ centre, depth, subgraph }: GraphStatusProps): JSX.Element {
  return (
    <div className="graph-status" aria-live="polite">
      <p>
        Around <strong>{centre.name}</strong> · {count(depth, 'hop', 'hops')} ·{' '}
        {count(subgraph.entities.length, 'entity', 'entities')} ·{' '}
        {count(subgraph.relationships.length, 'relationship', 'relationships')}
      </p>
      {subgraph.truncated && (
        <p className="graph-status-warning">
          Some neighbours are not shown: the API cut this neighbourhood at its size limit.
        </p>
      )}
    </div>
  );
}
