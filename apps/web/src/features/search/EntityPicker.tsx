// A search box for one kind of entity (an end user, a chip or model, a cloud provider), showing
// the one chosen, with a button back to "any".
import type { EntityKind } from '@detour/domain';
import type { JSX } from 'react';
import type { EntitySummary } from '../../model/subgraph.ts';
import { SearchBox } from './SearchBox.tsx';

export interface EntityPickerProps {
  readonly label: string;
  readonly kinds: readonly EntityKind[];
  readonly placeholder: string;
  readonly chosenId: string | null;
  /** The chosen entity's name, once known. */
  readonly chosenName: string | null;
  readonly onChoose: (entity: EntitySummary | null) => void;
  /** What "nothing chosen" means, e.g. "Any controlled capability"; absent: no clear button. */
  readonly anyLabel?: string;
}

export function EntityPicker({
  label,
  kinds,
  placeholder,
  chosenId,
  chosenName,
  onChoose,
  anyLabel,
}: EntityPickerProps): JSX.Element {
  return (
    <div className="entity-picker">
      <SearchBox
        // A new choice (or its name arriving) resets the text to it.
        key={`${chosenId ?? ''}:${chosenName ?? ''}`}
        label={label}
        kinds={kinds}
        placeholder={chosenId === null ? (anyLabel ?? placeholder) : placeholder}
        initialText={chosenName ?? ''}
        onChoose={onChoose}
      />
      {anyLabel !== undefined && chosenId !== null && (
        <button
          type="button"
          className="link-button entity-picker-clear"
          onClick={() => {
            onChoose(null);
          }}
        >
          {anyLabel} instead
        </button>
      )}
    </div>
  );
}
