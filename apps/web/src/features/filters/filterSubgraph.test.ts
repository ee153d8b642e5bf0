import { describe, expect, it } from 'vitest';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { DEFAULT_FILTERS } from '../url/urlState.ts';
import { activeFilterCount, filterSubgraph, validOn } from './filterSubgraph.ts';

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id).sort();

describe('validOn', () => {
  it('counts partial dates in full and open ends as open', () => {
    expect(validOn({ start: '2023-11' }, '2023-11-01')).toBe(true);
    expect(validOn({ start: '2023-11' }, '2023-10-31')).toBe(false);
    expect(validOn({ end: '2024' }, '2024-12-31')).toBe(true);
    expect(validOn({ end: '2024' }, '2025-01-01')).toBe(false);
    expect(validOn({}, '1999-01-01')).toBe(true);
  });
});

describe('filterSubgraph', () => {
  it('returns the same subgraph when nothing is filtered', () => {
    expect(filterSubgraph(SUBGRAPH, DEFAULT_FILTERS)).toBe(SUBGRAPH);
  });

  it('drops relationships not valid on the date, and the entities they leave alone', () => {
    const before = filterSubgraph(
      SUBGRAPH,
      { ...DEFAULT_FILTERS, asOf: '2023-06-30' },
      new Set(['shenzhen-university']),
    );
    expect(ids(before.relationships)).not.toContain('szu-buys-yunda');
    expect(ids(before.entities)).toContain('shenzhen-university');
    expect(ids(before.entities)).toContain('yunda-technology'); // still buys from AWS
  });

  it('filters by status and type', () => {
    const confirmed = filterSubgraph(SUBGRAPH, { ...DEFAULT_FILTERS, statuses: ['confirmed'] });
    expect(confirmed.relationships.every((r) => r.status === 'confirmed')).toBe(true);
    expect(ids(confirmed.entities)).not.toContain('shenzhen-university');
    const offers = filterSubgraph(SUBGRAPH, { ...DEFAULT_FILTERS, types: ['OFFERS'] });
    expect(ids(offers.relationships)).toEqual(['aws-offers-a100', 'aws-offers-h100']);
  });

  it('hides kinds with their relationships, but keeps the centre', () => {
    const noIntermediaries = filterSubgraph(
      SUBGRAPH,
      { ...DEFAULT_FILTERS, kinds: ['EndUser', 'CloudProvider', 'Chip', 'Vendor'] },
      new Set(['shenzhen-university']),
    );
    expect(ids(noIntermediaries.entities)).not.toContain('yunda-technology');
    expect(ids(noIntermediaries.entities)).not.toContain('entity-list');
    expect(ids(noIntermediaries.entities)).toContain('shenzhen-university');
    expect(noIntermediaries.relationships.some((r) => r.from === 'shenzhen-university')).toBe(
      false,
    );
  });

  it('counts the active filters', () => {
    expect(activeFilterCount(DEFAULT_FILTERS, DEFAULT_FILTERS)).toBe(0);
    expect(
      activeFilterCount({ ...DEFAULT_FILTERS, asOf: '2024-01-01', kinds: [] }, DEFAULT_FILTERS),
    ).toBe(2);
  });
});
