import { describe, expect, it } from 'vitest';
import { countryName, kindLabel, relationshipLabel, scriptLang, statusLabel } from './labels.ts';

describe('labels', () => {
  it('name kinds, relationship types and statuses as analysts read them', () => {
    expect(kindLabel('CloudProvider')).toBe('Cloud provider');
    expect(relationshipLabel('BUYS_FROM')).toBe('buys from');
    expect(relationshipLabel('POSSIBLY_SAME_AS')).toBe('possibly same as');
    expect(statusLabel('unverified')).toBe('Unverified');
  });

  it('names countries from their ISO codes', () => {
    expect(countryName('CN')).toBe('China');
    expect(countryName('us')).toBe('United States');
    expect(countryName('not a code')).toBe('not a code');
  });

  it('tags CJK names with a language so the right font is used', () => {
    expect(scriptLang('四川大学')).toBe('zh');
    expect(scriptLang('ソフトバンク')).toBe('ja');
    expect(scriptLang('삼성')).toBe('ko');
    expect(scriptLang('Sichuan University')).toBeUndefined();
  });
});
