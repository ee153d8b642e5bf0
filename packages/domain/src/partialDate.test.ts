import { describe, expect, it } from 'vitest';
import { endOfPartialDate, isPartialDate, startOfPartialDate } from './partialDate.ts';

describe('partial dates', () => {
  it('accepts year, month and day precision and rejects impossible dates', () => {
    expect(['2024', '2024-03', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2023-02-29', '2024-13', '24-03', '2024-3', 2024, ''].some(isPartialDate)).toBe(false);
  });

  it('expands to the first and last day it covers', () => {
    expect(startOfPartialDate('2024-03')).toBe('2024-03-01');
    expect(endOfPartialDate('2024-02')).toBe('2024-02-29');
    expect(endOfPartialDate('2024')).toBe('2024-12-31');
    expect(endOfPartialDate('2024-05-13')).toBe('2024-05-13');
  });
});
