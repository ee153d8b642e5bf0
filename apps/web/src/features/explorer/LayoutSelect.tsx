// How the canvas arranges the network: layered left to right, or force-directed.
import type { JSX } from 'react';
import { LAYOUTS, type LayoutName } from '../url/urlState.ts';

const LABELS: Readonly<Record<LayoutName, string>> = {
  layered: 'Left to right',
  force: 'Force',
};

export function LayoutSelect({
  layout,
  onChange,
}: {
  layout: LayoutName;
  onChange: (layout: LayoutName) => void;
}): JSX.Element {
  return (
    <label className="toolbar-select">
      <span>Layout</span>
      <select
        value={layout}
        onChange={(event) => {
          const next = LAYOUTS.find((l) => l === event.target.value);
          if (next !== undefined) onChange(next);
        }}
      >
        {LAYOUTS.map((l) => (
          <option key={l} value={l}>
            {LABELS[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
