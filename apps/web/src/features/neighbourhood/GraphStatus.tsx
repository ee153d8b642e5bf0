// One line over the canvas saying what is shown, and whether the API cut it.
import type { JSX, ReactNode } from 'react';
import './neighbourhood.css';

export interface GraphStatusProps {
  readonly children: ReactNode;
  /** Said in a warning colour under the summary, e.g. that the result was cut. */
  readonly warning?: string | null;
}

export function GraphStatus({ children, warning = null }: GraphStatusProps): JSX.Element {
  return (
    <div className="graph-status" aria-live="polite">
      <p>{children}</p>
      {warning !== null && <p className="graph-status-warning">{warning}</p>}
    </div>
  );
}
