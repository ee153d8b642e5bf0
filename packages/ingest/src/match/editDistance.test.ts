import { describe, expect, it } from 'vitest';
import { editDistance, typosAllowed } from './editDistance.ts';

describe('editDistance', () => {
  it('counts inserts, deletes, replacements and swapped neighbours as one edit each', () => {
    expect(editDistance('shenzhen', 'shenzhen', 2)).toBe(0);
    expect(editDistance('shenzen', 'shenzhen', 2)).toBe(1);
    expect(editDistance('univrsity', 'university', 2)).toBe(1);
    expect(editDistance('tsinghau', 'tsinghua', 2)).toBe(1);
    expect(editDistance('beihnag', 'beihang', 2)).toBe(1);
    expect(editDistance('harbni', 'harbin', 2)).toBe(1);
    expect(editDistance('zhejaing', 'zhejiang', 2)).toBe(1);
    expect(editDistance('sichaun', 'sichuan', 2)).toBe(1);
    expect(editDistance('electornic', 'electronic', 2)).toBe(1);
    expect(editDistance('shenyang', 'shenzhen', 2)).toBe(3);
  });

  it('stops at max + 1, and counts code points, not UTF-16 units', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
    expect(editDistance('𝒜bc', 'abc', 1)).toBe(1);
  });
});

describe('typosAllowed', () => {
  it('allows none below five letters, one from five, two from eight, none in Chinese', () => {
    expect(typosAllowed('hit')).toBe(0);
    expect(typosAllowed('ming')).toBe(0);
    expect(typosAllowed('sichuan')).toBe(1);
    expect(typosAllowed('shenzhen')).toBe(2);
    expect(typosAllowed('深圳大学深圳大学')).toBe(0);
    expect(typosAllowed('мегаспид')).toBe(2);
  });
});
