// An entity's name that selects it: the keyboard path through the graph.
import type { JSX } from 'react';
import { KindIcon } from '../../graph/KindIcon.tsx';
import type { EntityRecord } from '../../model/subgraph.ts';

export interface EntityButtonProps {
  readonly id: string;
  readonly entity: EntityRecord | undefined;
  readonly onSelect: (id: string) => void;
}

export function EntityButton({ id, entity, onSelect }: EntityButtonProps): JSX.Element {
  if (entity === undefined) return <span className="muted">{id}</span>;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        onSelect(id);
      }}
    >
      <KindIcon kind={entity.kind} size={12} />
      {entity.name}
    </button>
  );
}
