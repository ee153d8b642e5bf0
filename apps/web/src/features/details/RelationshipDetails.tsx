// The selected relationship: who → whom, how sure, when, how much, and every source that says so.
import { RELATIONSHIP_TYPE_INFO, STATUS_INFO } from '@detour/domain';
import type { JSX } from 'react';
import { relationshipLabel, statusLabel } from '../../format/labels.ts';
import { formatAmount, formatPeriod } from '../../format/values.ts';
import { StatusLine } from '../../graph/KindIcon.tsx';
import type { RelationshipRecord, SubgraphIndex } from '../../model/subgraph.ts';
import { EntityButton } from './EntityButton.tsx';
import { Field } from './Field.tsx';
import { SourceList } from './SourceList.tsx';

export interface RelationshipDetailsProps {
  readonly relationship: RelationshipRecord;
  readonly index: SubgraphIndex;
  readonly onSelectEntity: (id: string) => void;
}

export function RelationshipDetails({
  relationship: r,
  index,
  onSelectEntity,
}: RelationshipDetailsProps): JSX.Element {
  const from = index.entities.get(r.from);
  const to = index.entities.get(r.to);
  const verb = relationshipLabel(r.type);
  return (
    <article
      className="details"
      aria-label={`Relationship: ${from?.name ?? r.from} ${verb} ${to?.name ?? r.to}`}
    >
      <p className="details-kicker" title={RELATIONSHIP_TYPE_INFO[r.type].description}>
        Relationship · {verb}
      </p>
      <h2 className="details-title details-title-relationship">
        <EntityButton id={r.from} entity={from} onSelect={onSelectEntity} />
        <span className="details-verb">{verb} →</span>
        <EntityButton id={r.to} entity={to} onSelect={onSelectEntity} />
      </h2>
      <dl className="fields">
        <Field label="Status">
          <span className="status" title={STATUS_INFO[r.status].description}>
            <StatusLine status={r.status} width={28} />
            {statusLabel(r.status)}
          </span>
          <span className="field-note">{STATUS_INFO[r.status].description}</span>
        </Field>
        <Field label="When">{formatPeriod(r.start, r.end)}</Field>
        <Field label="Amount">{r.amount !== undefined && formatAmount(r.amount)}</Field>
        <Field label="Quantity">{r.quantity !== undefined && formatAmount(r.quantity)}</Field>
        <Field label="Covers">
          {r.covers !== undefined && (
            <ul className="inline-list">
              {r.covers.map((id) => (
                <li key={id}>
                  <EntityButton id={id} entity={index.entities.get(id)} onSelect={onSelectEntity} />
                </li>
              ))}
            </ul>
          )}
        </Field>
        <Field label="Service">{r.service}</Field>
        <Field label="Ownership share">
          {r.share !== undefined && `${r.share.toLocaleString('en')}%`}
        </Field>
        <Field label="Citation">{r.citation}</Field>
        <Field label="Match score">{r.score !== undefined && r.score.toFixed(2)}</Field>
        <Field label="Why they may match">{r.explanation}</Field>
      </dl>
      {r.note !== undefined && <p className="details-description">{r.note}</p>}
      <SourceList sources={r.sources} />
    </article>
  );
}
