// The selected access path, hop by hop: each relationship with its status, dates, amount and
// sources, and in plain words why the path counts as indirect.
import { STATUS_INFO } from '@detour/domain';
import type { JSX } from 'react';
import { relationshipLabel, statusLabel } from '../../format/labels.ts';
import { formatAmount, formatPeriod } from '../../format/values.ts';
import { StatusLine } from '../../graph/KindIcon.tsx';
import type { AccessPath } from '../../model/paths.ts';
import type { SubgraphIndex } from '../../model/subgraph.ts';
import { EntityButton } from '../details/EntityButton.tsx';
import { Field } from '../details/Field.tsx';
import { SourceList } from '../details/SourceList.tsx';
import { pathHops, validityWindow, whyIndirect } from './explainPath.ts';
import './paths.css';

export interface PathExplanationProps {
  readonly path: AccessPath;
  readonly index: SubgraphIndex;
  readonly onSelectEntity: (id: string) => void;
  readonly onSelectRelationship: (id: string) => void;
}

export function PathExplanation({
  path,
  index,
  onSelectEntity,
  onSelectRelationship,
}: PathExplanationProps): JSX.Element {
  return (
    <article className="details" aria-label="Access path">
      <p className="details-kicker">Access path · {path.hops} hops</p>
      <p className={`path-why${path.avoidsDirectContact ? ' avoids-contact' : ''}`}>
        {whyIndirect(path, index)}
      </p>
      <dl className="fields">
        <Field label="Weakest status">
          <span className="status" title={STATUS_INFO[path.weakestStatus].description}>
            <StatusLine status={path.weakestStatus} width={28} />
            {statusLabel(path.weakestStatus)}
          </span>
        </Field>
        <Field label="Held together">{validityWindow(path)}</Field>
      </dl>
      {!path.coexisted && (
        <p className="path-warning" role="note">
          ⚠ These relationships never held at the same time, so this route may never have existed as
          a whole.
        </p>
      )}
      <ol className="hop-list">
        {pathHops(path, index).map(({ id, relationship: r, from, to }, i) => (
          <li key={id} className="hop">
            <h3 className="hop-title">
              <span className="hop-number">{i + 1}</span>
              <span className="hop-route">
                <EntityButton id={r?.from ?? ''} entity={from} onSelect={onSelectEntity} />
                <span className="hop-step">
                  <button
                    type="button"
                    className="link-button hop-verb"
                    onClick={() => {
                      onSelectRelationship(id);
                    }}
                  >
                    {r === undefined ? id : relationshipLabel(r.type)} →
                  </button>
                  <EntityButton id={r?.to ?? ''} entity={to} onSelect={onSelectEntity} />
                </span>
              </span>
            </h3>
            {r !== undefined && (
              <>
                <dl className="fields">
                  <Field label="Status">
                    <span className="status">
                      <StatusLine status={r.status} width={24} />
                      {statusLabel(r.status)}
                    </span>
                  </Field>
                  <Field label="When">{formatPeriod(r.start, r.end)}</Field>
                  <Field label="Amount">{r.amount !== undefined && formatAmount(r.amount)}</Field>
                  <Field label="Quantity">
                    {r.quantity !== undefined && formatAmount(r.quantity)}
                  </Field>
                  <Field label="Service">{r.service}</Field>
                </dl>
                {r.note !== undefined && <p className="hop-note">{r.note}</p>}
                <SourceList sources={r.sources} />
              </>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
