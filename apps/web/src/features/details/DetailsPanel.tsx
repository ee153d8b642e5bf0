// The right-hand panel: the selected entity or relationship, or a hint when nothing is selected.
import type { JSX } from 'react';
import type { EntityRecord, Selection, SubgraphIndex } from '../../model/subgraph.ts';
import { EntityDetails } from './EntityDetails.tsx';
import { RelationshipDetails } from './RelationshipDetails.tsx';
import './details.css';

export interface DetailsPanelProps {
  readonly selection: Selection | null;
  readonly index: SubgraphIndex;
  readonly centreId: string | null;
  readonly onSelect: (selection: Selection) => void;
  readonly onExplore: (entity: EntityRecord) => void;
}

export function DetailsPanel({
  selection,
  index,
  centreId,
  onSelect,
  onExplore,
}: DetailsPanelProps): JSX.Element {
  return (
    <aside className="details-panel" aria-label="Details">
      <DetailsBody
        selection={selection}
        index={index}
        centreId={centreId}
        onSelect={onSelect}
        onExplore={onExplore}
      />
    </aside>
  );
}

function DetailsBody({
  selection,
  index,
  centreId,
  onSelect,
  onExplore,
}: DetailsPanelProps): JSX.Element {
  const entity = selection?.type === 'entity' ? index.entities.get(selection.id) : undefined;
  if (entity !== undefined) {
    return (
      <EntityDetails
        entity={entity}
        index={index}
        isCentre={entity.id === centreId}
        onSelectRelationship={(id) => {
          onSelect({ type: 'relationship', id });
        }}
        onExplore={onExplore}
      />
    );
  }
  const relationship =
    selection?.type === 'relationship' ? index.relationships.get(selection.id) : undefined;
  if (relationship !== undefined) {
    return (
      <RelationshipDetails
        relationship={relationship}
        index={index}
        onSelectEntity={(id) => {
          onSelect({ type: 'entity', id });
        }}
      />
    );
  }
  return (
    <div className="details details-empty">
      <h2 className="details-title">Details</h2>
      <p className="muted">
        Select an entity or a relationship on the graph to see what it is, how sure the record is,
        and the sources behind it.
      </p>
    </div>
  );
}
