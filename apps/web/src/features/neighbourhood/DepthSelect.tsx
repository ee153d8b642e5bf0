// How many hops around the centre to show.
import type { JSX } from 'react';
import { DEPTHS, type Depth } from '../url/urlState.ts';

export interface DepthSelectProps {
  readonly depth: Depth;
  readonly onChange: (depth: Depth) => void;
}

export function DepthSelect({ depth, onChange }: DepthSelectProps): JSX.Element {
  return (
    <label className="depth-select">
      <span>Hops</span>
      <select
        value={depth}
        onChange={(event) => {
          const next = DEPTHS.find((d) => String(d) === event.target.value);
          if (next !== undefined) onChange(next);
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
