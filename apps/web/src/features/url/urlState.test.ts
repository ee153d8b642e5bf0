import { STATUSES } from '@detour/domain';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  MAX_REMOVED,
  parseUrlState,
  serializeUrlState,
  type ExplorerState,
} from './urlState.ts';

const PATHS_VIEW: ExplorerState = {
  ...DEFAULT_STATE,
  view: 'paths',
  from: 'shenzhen-university',
  to: 'nvidia-h100',
  depth: 2,
  filters: {
    ...DEFAULT_STATE.filters,
    statuses: ['confirmed', 'reported'],
    types: ['BUYS_FROM', 'OFFERS'],
    kinds: ['EndUser', 'Intermediary', 'CloudProvider'],
    asOf: '2024-06-30',
  },
  selection: { type: 'path', id: 'szu-buys-yunda,yunda-buys-aws,aws-offers-h100' },
  removed: ['yunda-technology', 'odd,id with space'],
  layout: 'force',
};

describe('urlState', () => {
  it('writes nothing for the defaults, and reads nothing back as the defaults', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
    expect(parseUrlState('')).toEqual(DEFAULT_STATE);
    expect(parseUrlState('?')).toEqual(DEFAULT_STATE);
  });

  it('round-trips a full state, odd ids included', () => {
    const url = serializeUrlState(PATHS_VIEW);
    expect(parseUrlState(url)).toEqual(PATHS_VIEW);
    expect(url).toContain('view=paths');
    expect(url).toContain('from=shenzhen-university');
    expect(url).toContain('asOf=2024-06-30');
    expect(url).toContain('status=confirmed,reported');
  });

  it('round-trips every kind of selection', () => {
    for (const selection of [
      { type: 'entity', id: 'aws' },
      { type: 'relationship', id: 'a:b' },
      { type: 'path', id: 'r1,r2' },
    ] as const) {
      const state = { ...DEFAULT_STATE, selection };
      expect(parseUrlState(serializeUrlState(state))).toEqual(state);
    }
  });

  it('ignores garbage and keeps what it can read', () => {
    const state = parseUrlState(
      '?view=spaceship&depth=9&status=confirmed,bogus&type=NOPE&kind=&asOf=2023-02-30' +
        '&sel=x:1&layout=3d&centre=%E0%A4%A&from=&to=nvidia-h100&removed=,a,,a&junk',
    );
    expect(state).toEqual({
      ...DEFAULT_STATE,
      to: 'nvidia-h100',
      filters: { ...DEFAULT_STATE.filters, statuses: ['confirmed'] },
      removed: ['a'],
    });
  });

  it('treats an empty or unreadable status list as every status', () => {
    expect(parseUrlState('?status=').filters.statuses).toEqual(STATUSES);
    expect(parseUrlState('?status=nothing,here').filters.statuses).toEqual(STATUSES);
  });

  it('keeps lists in the domain order and caps the removed list', () => {
    expect(parseUrlState('?status=reported,confirmed').filters.statuses).toEqual([
      'confirmed',
      'reported',
    ]);
    const many = Array.from({ length: 80 }, (_, i) => `e${String(i)}`).join(',');
    expect(parseUrlState(`?removed=${many}`).removed).toHaveLength(MAX_REMOVED);
  });

  it('lets the last of a repeated parameter win', () => {
    expect(parseUrlState('?view=paths&view=whatif').view).toBe('whatif');
  });
});
