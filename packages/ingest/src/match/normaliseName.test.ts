import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../testing/fuzzRuns.ts';
import { asciiWords, nameWords, normaliseName, searchText, unicodeWords } from './normaliseName.ts';

describe('normaliseName', () => {
  it('lower-cases, applies NFKC and turns punctuation into spaces', () => {
    expect(normaliseName('Sichuan University')).toBe('sichuan university');
    expect(normaliseName('ＡＷＳ')).toBe('aws');
    expect(normaliseName('China National Plant Import/Export Co.')).toBe(
      'china national plant import export',
    );
    expect(normaliseName("People's Liberation Army")).toBe('peoples liberation army');
  });

  it('drops English stop words wherever they are', () => {
    expect(normaliseName('Harbin Institute of Technology')).toBe('harbin institute technology');
    expect(normaliseName('University of Electronic Science and Technology of China')).toBe(
      'university electronic science technology china',
    );
    expect(normaliseName('The Academy of Military Medical Sciences')).toBe(
      'academy military medical sciences',
    );
    expect(nameWords('of the and')).toEqual([]);
  });

  it('folds accents and letters people type without their strokes', () => {
    expect(normaliseName('Freie Wähler e.V.')).toBe('freie wahler');
    expect(normaliseName('Société Générale')).toBe('societe generale');
    expect(normaliseName('Straße Łódź Ørsted')).toBe('strasse lodz orsted');
    expect(normaliseName('Shēnzhèn Dàxué')).toBe('shenzhen daxue');
    // Japanese voicing marks change the word, so they stay.
    expect(normaliseName('ガ')).toBe('ガ');
    expect(normaliseName('한국과학기술원')).toBe('한국과학기술원');
  });

  it('strips legal forms wherever they are, and Chinese ones from the end', () => {
    expect(normaliseName('Dynasense Photonics Co., Limited')).toBe('dynasense photonics');
    expect(normaliseName('Hi-Shine Technology (HK) Co., Ltd.')).toBe('hi shine technology hk');
    expect(normaliseName('Yunda Technology Company Limited')).toBe('yunda technology');
    expect(normaliseName('Acme Corporation Inc')).toBe('acme');
    expect(normaliseName('Siemens GmbH')).toBe('siemens');
    expect(normaliseName('OOO Romashka')).toBe('romashka');
    expect(normaliseName('Amazon Web Services, Inc. (AWS)')).toBe('amazon web services aws');
    expect(normaliseName('Anthropic, PBC')).toBe('anthropic');
    expect(normaliseName('成都运达科技股份有限公司')).toBe('成都运达科技');
    expect(normaliseName('成都运达科技 有限公司')).toBe('成都运达科技');
    expect(normaliseName('四川大学')).toBe('四川大学');
  });

  it('keeps legal forms that are the whole name', () => {
    expect(normaliseName('Company')).toBe('company');
    expect(normaliseName('Company Limited')).toBe('company limited');
    expect(normaliseName('有限公司')).toBe('有限公司');
  });

  it('separates Chinese runs from the Latin letters beside them', () => {
    expect(nameWords('EDA国创中心')).toEqual(['eda', '国创中心']);
    expect(nameWords('21Vianet世纪互联')).toEqual(['21vianet', '世纪互联']);
  });

  it('leaves no Lucene syntax: only letters, digits and single spaces', () => {
    const words = nameWords('*:* OR name:* AND (shen~ [a TO z] {b} ^2 \\ / ? " \u202e ; -- 🙂');
    expect(words).toEqual(['name', 'shen', 'z', 'b', '2']);
    for (const word of words) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
  });
});

describe('the printable-ASCII shortcut', () => {
  it('folds ASCII exactly as the Unicode passes do', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      maxLength: 60,
    });
    fc.assert(
      fc.property(ascii, (name) => {
        expect(asciiWords(name)).toEqual(unicodeWords(name));
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});

describe('searchText', () => {
  it('puts each name on its own line, the name first, repeats left out', () => {
    expect(
      searchText('Harbin Institute of Technology', [
        '哈尔滨工业大学',
        'HIT',
        'Harbin Inst. of Tech.',
      ]),
    ).toBe('harbin institute technology\n哈尔滨工业大学\nhit\nharbin inst tech');
    expect(searchText('Nvidia', ['NVIDIA Corporation'])).toBe('nvidia');
  });
});
