// The selected entity: what it is, its other names, its connections in view, and its sources.
import type { JSX } from 'react';
import {
  countryName,
  kindLabel,
  relationshipLabel,
  scriptLang,
  statusLabel,
} from '../../format/labels.ts';
import { formatPartialDate } from '../../format/values.ts';
import { KindIcon, StatusLine } from '../../graph/KindIcon.tsx';
import type { EntityRecord, SubgraphIndex } from '../../model/subgraph.ts';
import { analysesFor, type Analysis } from '../explorer/analyses.ts';
import { Field } from './Field.tsx';
import { SourceList } from './SourceList.tsx';

export interface EntityDetailsProps {
  readonly entity: EntityRecord;
  readonly index: SubgraphIndex;
  readonly isCentre: boolean;
  readonly onSelectRelationship: (id: string) => void;
  readonly onExplore: (entity: EntityRecord) => void;
  readonly onAnalyse: (analysis: Analysis) => void;
}

export function EntityDetails({
  entity,
  index,
  isCentre,
  onSelectRelationship,
  onExplore,
  onAnalyse,
}: EntityDetailsProps): JSX.Element {
  const connections = [...index.relationships.values()].filter(
    (r) => r.from === entity.id || r.to === entity.id,
  );
  return (
    <article className="details" aria-label={`Entity: ${entity.name}`}>
      <p className="details-kicker">
        <KindIcon kind={entity.kind} size={14} />
        {kindLabel(entity.kind)}
      </p>
      <h2 className="details-title">{entity.name}</h2>
      <dl className="fields">
        <Field label="Also known as">
          {entity.aliases.length > 0 && (
            <ul className="alias-list">
              {entity.aliases.map((alias) => (
                <li key={alias} lang={scriptLang(alias)}>
                  {alias}
                </li>
              ))}
            </ul>
          )}
        </Field>
        <Field label="Country">{entity.country !== undefined && countryName(entity.country)}</Field>
        <Field label="Citation">{entity.citation}</Field>
        <Field label="Effective">
          {entity.effective !== undefined && formatPartialDate(entity.effective)}
        </Field>
      </dl>
      {entity.description !== undefined && (
        <p className="details-description">{entity.description}</p>
      )}
      <div className="details-actions">
        {analysesFor(entity).map((analysis) => (
          <button
            key={analysis.label}
            type="button"
            className="button button-primary"
            onClick={() => {
              onAnalyse(analysis);
            }}
          >
            {analysis.label}
          </button>
        ))}
        {!isCentre && (
          <button
            type="button"
            className="button"
            onClick={() => {
              onExplore(entity);
            }}
          >
            Explore the network around {entity.name}
          </button>
        )}
      </div>
      <section className="details-section" aria-label="Connections in view">
        <h3>Connections in view ({connections.length})</h3>
        <ul className="connection-list">
          {connections.map((r) => {
            const outgoing = r.from === entity.id;
            const other = index.entities.get(outgoing ? r.to : r.from);
            return (
              <li key={r.id}>
                <button
                  type="button"
                  className="connection"
                  onClick={() => {
                    onSelectRelationship(r.id);
                  }}
                >
                  <StatusLine status={r.status} width={28} />
                  {outgoing ? (
                    <span>
                      {relationshipLabel(r.type)} <strong>{other?.name ?? r.to}</strong>
                    </span>
                  ) : (
                    <span>
                      <strong>{other?.name ?? r.from}</strong> {relationshipLabel(r.type)} this
                    </span>
                  )}
                  <span className="muted">{statusLabel(r.status)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <SourceList sources={entity.sources} />
    </article>
  );
}
