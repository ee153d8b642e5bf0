import { describe, expect, it } from 'vitest';
import { regulationMoments, shiftDay } from './regulationDates.ts';

describe('regulation dates', () => {
  it('shifts days across month and year ends', () => {
    expect(shiftDay('2023-11-17', -1)).toBe('2023-11-16');
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDay('2023-12-31', 1)).toBe('2024-01-01');
  });

  it('lists regulations by effective date with the day before and the day it applied', () => {
    const moments = regulationMoments([
      { id: 'r2', name: 'Update', effective: '2023-11-17' },
      { id: 'r1', name: 'Rule', effective: '2022-10' },
      { id: 'r3', name: 'No date' },
      { id: 'r2', name: 'Update', effective: '2023-11-17' },
    ]);
    expect(moments).toEqual([
      {
        id: 'r1',
        name: 'Rule',
        effective: '2022-10-01',
        before: '2022-09-30',
        after: '2022-10-01',
      },
      {
        id: 'r2',
        name: 'Update',
        effective: '2023-11-17',
        before: '2023-11-16',
        after: '2023-11-17',
      },
    ]);
  });
});
