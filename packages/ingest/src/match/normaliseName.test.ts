import { describe, expect, it } from 'vitest';
import { jaccard, nameTokens, normaliseName } from './normaliseName.ts';

describe('normaliseName', () => {
  it('lower-cases, applies NFKC and turns punctuation into spaces', () => {
    expect(normaliseName('Sichuan University')).toBe('sichuan university');
    expect(normaliseName('ＡＷＳ')).toBe('aws');
    expect(normaliseName('China National Plant Import/Export Co.')).toBe(
      'china national plant import export',
    );
    expect(normaliseName("People's Liberation Army")).toBe('peoples liberation army');
  });

  it('strips legal forms from the end, Latin and Chinese', () => {
    expect(normaliseName('Dynasense Photonics Co., Limited')).toBe('dynasense photonics');
    expect(normaliseName('Hi-Shine Technology (HK) Co., Ltd.')).toBe('hi shine technology hk');
    expect(normaliseName('Freie Wähler e.V.')).toBe('freie wähler');
    expect(normaliseName('Acme Corporation Inc')).toBe('acme');
    expect(normaliseName('成都运达科技股份有限公司')).toBe('成都运达科技');
    expect(normaliseName('四川大学')).toBe('四川大学');
  });

  it('keeps a legal form that is the whole name, and legal words inside a name', () => {
    expect(normaliseName('Company')).toBe('company');
    expect(normaliseName('Zurmat Construction Company offices')).toBe(
      'zurmat construction company offices',
    );
  });
});

describe('jaccard', () => {
  it('is 1 for the same words in any order and counts shared words over all words', () => {
    const a = nameTokens('national university of defense technology');
    expect(jaccard(a, nameTokens('technology defense of university national'))).toBe(1);
    expect(jaccard(a, nameTokens('national university of defense technology pla'))).toBeCloseTo(
      5 / 6,
    );
    expect(jaccard(a, nameTokens('harbin institute'))).toBe(0);
  });
});
