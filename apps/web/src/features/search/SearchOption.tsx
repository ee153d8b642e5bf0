// One search result: name, kind, country and every alias (native scripts tagged with their language).
import { Fragment, type JSX } from 'react';
import { countryName, kindLabel, scriptLang } from '../../format/labels.ts';
import { KindIcon } from '../../graph/KindIcon.tsx';
import type { EntitySummary } from '../../model/subgraph.ts';

export interface SearchOptionProps {
  readonly id: string;
  readonly entity: EntitySummary;
  readonly active: boolean;
  /** The list still shows the previous query's hits. */
  readonly stale: boolean;
  readonly onHover: () => void;
  readonly onChoose: () => void;
}

export function SearchOption({
  id,
  entity,
  active,
  stale,
  onHover,
  onChoose,
}: SearchOptionProps): JSX.Element {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`search-option${active ? ' is-active' : ''}${stale ? ' is-stale' : ''}`}
      onMouseMove={onHover}
      // Keep focus in the input so the list does not close before the click lands.
      onMouseDown={(event) => {
        event.preventDefault();
      }}
      onClick={onChoose}
    >
      <KindIcon kind={entity.kind} />
      <span className="search-option-main">
        <span className="search-option-name">{entity.name}</span>
        {entity.aliases.length > 0 && (
          <span className="search-option-aliases">
            {entity.aliases.map((alias, i) => (
              <Fragment key={alias}>
                {i > 0 && ' · '}
                <span lang={scriptLang(alias)}>{alias}</span>
              </Fragment>
            ))}
          </span>
        )}
      </span>
      <span className="search-option-meta">
        {kindLabel(entity.kind)}
        {entity.country !== undefined && <> · {countryName(entity.country)}</>}
      </span>
    </li>
  );
}
