// The right-hand panel: the selected entity, relationship or access path, or a hint.
import type { JSX } from 'react';
import type { AccessPath } from '../../model/paths.ts';
import type { EntityRecord, Selection, SubgraphIndex } from '../../model/subgraph.ts';
import type { Analysis } from '../explorer/analyses.ts';
import { PathExplanation } from '../paths/PathExplanation.tsx';
import { EntityDetails } from './EntityDetails.tsx';
import { RelationshipDetails } from './RelationshipDetails.tsx';
import './details.css';

export interface DetailsPanelProps {
  readonly selection: Selection | null;
  readonly index: SubgraphIndex;
  readonly centreId: string | null;
  /** The selected access path, when the selection is one. */
  readonly path: AccessPath | undefined;
  readonly onSelect: (selection: Selection) => void;
  readonly onExplore: (entity: EntityRecord) => void;
  readonly onAnalyse: (analysis: Analysis) => void;
}

export function DetailsPanel(props: DetailsPanelProps): JSX.Element {
  return (
    <aside className="details-panel" aria-label="Details">
      <DetailsBody {...props} />
    </aside>
  );
}

function DetailsBody({
  selection,
  index,
  centreId,
  path,
  onSelect,
  onExplore,
  onAnalyse,
}: DetailsPanelProps): JSX.Element {
  const selectEntity = (id: string): void => {
    onSelect({ type: 'entity', id });
  };
  const selectRelationship = (id: string): void => {
    onSelect({ type: 'relationship', id });
  };
  if (selection?.type === 'path' && path !== undefined) {
    return (
      <PathExplanation
        path={path}
        index={index}
        onSelectEntity={selectEntity}
        onSelectRelationship={selectRelationship}
      />
    );
  }
  const entity = selection?.type === 'entity' ? index.entities.get(selection.id) : undefined;
  if (entity !== undefined) {
    return (
      <EntityDetails
        entity={entity}
        index={index}
        isCentre={entity.id === centreId}
        onSelectRelationship={selectRelationship}
        onExplore={onExplore}
        onAnalyse={onAnalyse}
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
        onSelectEntity={selectEntity}
      />
    );
  }
  return (
    <div className="details details-empty">
      <h2 className="details-title">Details</h2>
      <p className="muted">
        Select an entity, a relationship or an access path to see what it is, how sure the record
        is, and the sources behind it.
      </p>
    </div>
  );
}
