// Filters: statuses, relationship types, entity kinds, and a date with quick buttons around each
// regulation's effective date. Kinds and types thin the network view; status and date also go to
// every path analysis (access paths, chokepoints and what-if, exposure).
import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  STATUSES,
  STATUS_INFO,
  type EntityKind,
  type RelationshipType,
  type Status,
} from '@detour/domain';
import { useId, type JSX } from 'react';
import { kindLabel, relationshipLabel, statusLabel } from '../../format/labels.ts';
import { KindIcon, StatusLine } from '../../graph/KindIcon.tsx';
import { DEFAULT_FILTERS, type Filters } from '../url/urlState.ts';
import { activeFilterCount } from './filterSubgraph.ts';
import { RegulationDates } from './RegulationDates.tsx';
import { useRegulations } from './useRegulations.ts';
import './filters.css';

export interface FilterPanelProps {
  readonly filters: Filters;
  readonly onChange: (filters: Filters) => void;
}

/** Adds or removes one value, keeping the domain order and never emptying the list. */
function toggle<T extends string>(
  all: readonly T[],
  chosen: readonly T[],
  value: T,
  on: boolean,
): T[] {
  const next = all.filter((v) => (v === value ? on : chosen.includes(v)));
  return next.length === 0 ? [...chosen] : next;
}

export function FilterPanel({ filters, onChange }: FilterPanelProps): JSX.Element {
  const dateId = useId();
  const regulations = useRegulations();
  const active = activeFilterCount(filters, DEFAULT_FILTERS);
  const set = (patch: Partial<Filters>): void => {
    onChange({ ...filters, ...patch });
  };
  return (
    <details className="filters" open>
      <summary>
        Filters{active > 0 && <span className="filter-count"> ({active} active)</span>}
      </summary>
      <div className="filter-date">
        <label htmlFor={dateId}>As of</label>
        <input
          id={dateId}
          type="date"
          value={filters.asOf ?? ''}
          min="2000-01-01"
          max="2100-12-31"
          onChange={(event) => {
            set({
              asOf: /^\d{4}-\d{2}-\d{2}$/.test(event.target.value) ? event.target.value : null,
            });
          }}
        />
        {filters.asOf !== null && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              set({ asOf: null });
            }}
          >
            Any date
          </button>
        )}
      </div>
      {regulations.length > 0 && (
        <RegulationDates
          regulations={regulations}
          asOf={filters.asOf}
          onChoose={(asOf) => {
            set({ asOf });
          }}
        />
      )}
      <CheckGroup
        legend="Status"
        all={STATUSES}
        chosen={filters.statuses}
        onChange={(statuses) => {
          set({ statuses });
        }}
        render={(s: Status) => (
          <span title={STATUS_INFO[s].description} className="check-label">
            <StatusLine status={s} width={24} />
            {statusLabel(s)}
          </span>
        )}
      />
      <p className="muted filter-note">Kinds and relationship types thin the network view.</p>
      <CheckGroup
        legend="Relationship type"
        all={RELATIONSHIP_TYPES}
        chosen={filters.types}
        onChange={(types) => {
          set({ types });
        }}
        render={(t: RelationshipType) => relationshipLabel(t)}
      />
      <CheckGroup
        legend="Entity kind"
        all={ENTITY_KINDS}
        chosen={filters.kinds}
        onChange={(kinds) => {
          set({ kinds });
        }}
        render={(k: EntityKind) => (
          <span className="check-label">
            <KindIcon kind={k} size={14} />
            {kindLabel(k)}
          </span>
        )}
      />
    </details>
  );
}

interface CheckGroupProps<T extends string> {
  readonly legend: string;
  readonly all: readonly T[];
  readonly chosen: readonly T[];
  readonly onChange: (chosen: T[]) => void;
  readonly render: (value: T) => JSX.Element | string;
}

function CheckGroup<T extends string>({
  legend,
  all,
  chosen,
  onChange,
  render,
}: CheckGroupProps<T>) {
  return (
    <fieldset className="check-group">
      <legend>{legend}</legend>
      {all.map((value) => {
        const checked = chosen.includes(value);
        return (
          <label key={value} className="check">
            <input
              type="checkbox"
              checked={checked}
              // The last one stays: an empty filter would show nothing at all.
              disabled={checked && chosen.length === 1}
              onChange={(event) => {
                onChange(toggle(all, chosen, value, event.target.checked));
              }}
            />
            {render(value)}
          </label>
        );
      })}
    </fieldset>
  );
}
