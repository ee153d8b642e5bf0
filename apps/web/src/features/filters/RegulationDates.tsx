// Quick dates around a regulation: pick one, then look at the network the day before it took
// effect or from the day it did.
import { useId, useState, type JSX } from 'react';
import { formatPartialDate } from '../../format/values.ts';
import type { RegulationMoment } from './regulationDates.ts';

export interface RegulationDatesProps {
  readonly regulations: readonly RegulationMoment[];
  readonly asOf: string | null;
  readonly onChoose: (asOf: string) => void;
}

export function RegulationDates({
  regulations,
  asOf,
  onChoose,
}: RegulationDatesProps): JSX.Element {
  const id = useId();
  // The regulation whose dates are in force, else the newest one.
  const matching = regulations.find((r) => r.before === asOf || r.after === asOf);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen =
    regulations.find((r) => r.id === chosenId) ?? matching ?? regulations[regulations.length - 1];
  if (chosen === undefined) return <></>;
  return (
    <div className="regulation-dates">
      <label htmlFor={id}>Around a regulation</label>
      <select
        id={id}
        value={chosen.id}
        onChange={(event) => {
          setChosenId(event.target.value);
        }}
      >
        {regulations.map((r) => (
          <option key={r.id} value={r.id}>
            {formatPartialDate(r.effective)}: {r.name}
          </option>
        ))}
      </select>
      <span className="regulation-buttons">
        <button
          type="button"
          className="chip-button"
          aria-pressed={asOf === chosen.before}
          onClick={() => {
            onChoose(chosen.before);
          }}
        >
          Before ({formatPartialDate(chosen.before)})
        </button>
        <button
          type="button"
          className="chip-button"
          aria-pressed={asOf === chosen.after}
          onClick={() => {
            onChoose(chosen.after);
          }}
        >
          After ({formatPartialDate(chosen.after)})
        </button>
      </span>
    </div>
  );
}
