import { describe, expect, it } from 'vitest';
import { count, formatAmount, formatPartialDate, formatPeriod } from './values.ts';

describe('formatPartialDate', () => {
  it('keeps the precision the source gives', () => {
    expect(formatPartialDate('2024')).toBe('2024');
    expect(formatPartialDate('2024-03')).toBe('March 2024');
    expect(formatPartialDate('2024-03-05')).toBe('5 March 2024');
  });
});

describe('formatPeriod', () => {
  it('says from, until, or a range', () => {
    expect(formatPeriod('2023-11')).toBe('from November 2023');
    expect(formatPeriod(undefined, '2024')).toBe('until 2024');
    expect(formatPeriod('2023', '2024-06')).toBe('2023 – June 2024');
    expect(formatPeriod()).toBeUndefined();
  });
});

describe('formatAmount', () => {
  it('writes money with its currency and counts with their unit', () => {
    expect(formatAmount({ value: 200000, currency: 'CNY' })).toBe('CN¥200,000');
    expect(formatAmount({ value: 1500.5, currency: 'USD' })).toBe('$1,500.50');
    expect(formatAmount({ value: 40000000, unit: 'tokens' })).toBe('40,000,000 tokens');
    expect(formatAmount({ value: 12 })).toBe('12');
  });
});

describe('count', () => {
  it('says one or many, with thousands separated', () => {
    expect(count(1, 'end user', 'end users')).toBe('1 end user');
    expect(count(12345, 'end user', 'end users')).toBe('12,345 end users');
    expect(count(0, 'path', 'paths')).toBe('0 paths');
  });
});
