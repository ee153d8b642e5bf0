// How many hops around the centre to show.
import type { JSX } from 'react';
import { DEPTHS } from './useNeighbourhood.ts';

export interface DepthSelectProps {
  readonly depth: number;
  readonly onChange: (depth: number) => void;
}

export function DepthSelect({ depth, onChange }: DepthSelectProps): JSX.Element {
  return (
    <label className="depth-select">
      <span>Hops</span>
      <select
        value={depth}
        onChange={(event) => {
          onChange(Number(event.target.value));
        }}
      >
        {DEPTHS.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
  );
}
