import { describe, expect, it } from 'vitest';
import { controlListFor, knownControlList } from './controlLists.ts';
import { cslDate } from './cslDate.ts';

describe('controlListFor', () => {
  it('gives the BIS and OFAC lists the ids the seed data uses', () => {
    const ids = [
      'Entity List (EL) - Bureau of Industry and Security',
      'Unverified List (UVL) - Bureau of Industry and Security',
      'Military End User (MEU) List - Bureau of Industry and Security',
      'Denied Persons List (DPL) - Bureau of Industry and Security',
      'Specially Designated Nationals (SDN) - Treasury Department',
      'EL',
    ].map((source) => controlListFor(source).id);
    expect(ids).toEqual([
      'bis-entity-list',
      'bis-unverified-list',
      'bis-meu-list',
      'bis-denied-persons-list',
      'ofac-sdn-list',
      'bis-entity-list',
    ]);
    expect(controlListFor('EL').name).toBe('BIS Entity List');
  });

  it('names other lists after their code, with the publisher after the dash', () => {
    expect(controlListFor('ITAR Debarred (DTC) - State Department')).toEqual({
      id: 'csl-dtc',
      name: 'ITAR Debarred',
      publisher: 'State Department',
    });
    expect(controlListFor('Some New List')).toEqual({
      id: 'csl-some-new-list',
      name: 'Some New List',
      publisher: 'International Trade Administration',
    });
  });

  it('recognises a known list by name when there is no code', () => {
    expect(knownControlList('Bureau of Industry and Security: Entity List')?.id).toBe(
      'bis-entity-list',
    );
    expect(knownControlList('EU: Financial sanctions')).toBeUndefined();
  });
});

describe('cslDate', () => {
  it('normalises ISO dates, timestamps and legacy month-first dates', () => {
    expect(cslDate('2011-11-21')).toEqual({ date: '2011-11-21' });
    expect(cslDate('2011-11-21T00:00:00Z')).toEqual({ date: '2011-11-21' });
    expect(cslDate('4/27/2012')).toEqual({ date: '2012-04-27' });
    expect(cslDate('11/22/2011')).toEqual({ date: '2011-11-22' });
  });

  it('says what it expected for anything else', () => {
    expect(cslDate('22/11/2011')).toEqual({
      message: 'expected a date like 2011-11-21 or 11/21/2011, got "22/11/2011"',
    });
  });
});
