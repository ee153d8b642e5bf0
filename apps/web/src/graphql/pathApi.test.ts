import { STATUSES } from '@detour/domain';
import { describe, expect, it } from 'vitest';
import { analysisFilters } from './pathApi.ts';

describe('analysisFilters', () => {
  it('sends the chosen statuses and date, and no status list when every status counts', () => {
    expect(analysisFilters({ statuses: ['confirmed', 'reported'], asOf: '2024-06-30' })).toEqual({
      statuses: ['CONFIRMED', 'REPORTED'],
      asOf: '2024-06-30',
    });
    expect(analysisFilters({ statuses: STATUSES, asOf: null })).toEqual({
      statuses: null,
      asOf: null,
    });
    expect(analysisFilters({ asOf: null, maxHops: 8 })).toEqual({
      statuses: null,
      asOf: null,
      maxHops: 8,
    });
  });
});
