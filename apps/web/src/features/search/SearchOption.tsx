// One search result: name, kind, country, every alias (native scripts tagged with their language)
// and why it matched (exact, all words, word beginnings, close spelling; which alias).
import { Fragment, type JSX } from 'react';
import { MATCH_QUALITY_INFO } from '@detour/domain';
import { countryName, kindLabel, scriptLang } from '../../format/labels.ts';
import { KindIcon } from '../../graph/KindIcon.tsx';
import type { EntitySummary, SearchMatch } from '../../model/subgraph.ts';

export interface SearchOptionProps {
  readonly id: string;
  readonly entity: EntitySummary;
  readonly match: SearchMatch;
  readonly active: boolean;
  /** The list still shows the previous query's hits. */
  readonly stale: boolean;
  readonly onHover: () => void;
  readonly onChoose: () => void;
}

export function SearchOption({
  id,
  entity,
  match,
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
        <MatchReason match={match} />
      </span>
      <span className="search-option-meta">
        {kindLabel(entity.kind)}
        {entity.country !== undefined && <> · {countryName(entity.country)}</>}
      </span>
    </li>
  );
}

/** "exact", "close spelling of alias 哈工大" …, with the whole explanation on hover. */
function MatchReason({ match }: { readonly match: SearchMatch }): JSX.Element {
  const label = MATCH_QUALITY_INFO[match.quality].label;
  return (
    <span className={`search-option-match is-${match.quality}`} title={match.explanation}>
      {label}
      {match.alias && (
        <>
          {' '}
          · alias <span lang={scriptLang(match.name)}>{match.name}</span>
        </>
      )}
      <span className="visually-hidden">. {match.explanation}</span>
    </span>
  );
}
