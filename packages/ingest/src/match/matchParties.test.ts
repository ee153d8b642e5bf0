import type { Entity } from '@detour/domain';
import { describe, expect, it } from 'vitest';
import { MAX_MATCHES, matchParties, type Candidate } from './matchParties.ts';
import { possiblySameAs } from './possiblySameAs.ts';

const sichuan: Candidate = {
  id: 'sichuan-university',
  kind: 'EndUser',
  name: 'Sichuan University',
  aliases: ['四川大学'],
  country: 'CN',
};
const nudt: Candidate = {
  id: 'nudt',
  kind: 'EndUser',
  name: 'National University of Defense Technology',
  aliases: ['NUDT'],
  country: 'CN',
};
const hiShine: Candidate = {
  id: 'hi-shine',
  kind: 'Intermediary',
  name: 'Hi-Shine Technology (HK) Limited',
  aliases: [],
  country: 'HK',
};
const existing = [sichuan, nudt, hiShine];

function party(id: string, name: string, extra: Partial<Candidate> = {}): Candidate {
  return { id, kind: 'EndUser', name, aliases: [], ...extra };
}

describe('matchParties', () => {
  it('scores an exact normalised name 0.9, plus 0.1 when the countries agree', () => {
    const incoming = [
      party('a', 'SICHUAN UNIVERSITY', { country: 'CN' }),
      party('b', 'Hi-Shine Technology (HK) Co., Ltd.'),
    ];
    expect(matchParties(incoming, existing)).toEqual([
      {
        from: 'a',
        to: 'sichuan-university',
        score: 1,
        explanation: 'exact normalised name match "sichuan university"; both in CN',
      },
      {
        from: 'b',
        to: 'hi-shine',
        score: 0.9,
        explanation: 'exact normalised name match "hi shine technology hk"',
      },
    ]);
  });

  it('scores a name equal to an alias 0.8, less 0.3 when the countries differ', () => {
    const incoming = [
      party('a', 'Sichuan Univ.', { aliases: ['四川大学'] }),
      party('b', 'NUDT', { country: 'PK' }),
      party('c', 'Sichuan University', { country: 'TW' }),
    ];
    expect(matchParties(incoming, existing)).toEqual([
      {
        from: 'a',
        to: 'sichuan-university',
        score: 0.8,
        explanation: 'alias "四川大学" equals alias "四川大学"',
      },
      {
        from: 'c',
        to: 'sichuan-university',
        score: 0.6,
        explanation:
          'exact normalised name match "sichuan university"; but countries differ (TW vs CN)',
      },
    ]);
  });

  it('matches names sharing ≥ 80% of their words only when both are in the same country', () => {
    const longer = 'National University of Defense Technology PLA';
    const incoming = [
      party('a', longer, { country: 'CN' }),
      party('b', longer),
      party('c', longer, { country: 'PK' }),
      // 3 of 4 words once "of" is set aside: a different university, not a match.
      party('d', 'National University of Technology', { country: 'CN' }),
      party('e', 'Harbin University of Defense Technology', { country: 'CN' }),
      party('f', 'The Defense Technology National University', { country: 'CN' }),
    ];
    expect(matchParties(incoming, existing)).toEqual([
      {
        // 4 of 5 words: exactly at the bar, and a reminder that these are hints to check.
        from: 'a',
        to: 'nudt',
        score: 0.56,
        explanation: `token-set Jaccard 0.80 between "${longer}" and "National University of Defense Technology"; both in CN`,
      },
      {
        from: 'f',
        to: 'nudt',
        score: 0.7,
        explanation:
          'token-set Jaccard 1.00 between "The Defense Technology National University" and "National University of Defense Technology"; both in CN',
      },
    ]);
  });

  it('counts a word spelt with a typo or two a little less than the same word', () => {
    const incoming = [
      party('a', 'Natoinal Univresity of Defence Technology', { country: 'CN' }),
      party('b', 'SICHUAN UNIVERISTY', { country: 'CN' }),
    ];
    expect(matchParties(incoming, existing)).toEqual([
      {
        from: 'a',
        to: 'nudt',
        score: 0.64,
        explanation:
          'token-set similarity 0.91 between "Natoinal Univresity of Defence Technology" and "National University of Defense Technology", spelt differently: natoinal ≈ national, univresity ≈ university, defence ≈ defense; both in CN',
      },
      {
        from: 'b',
        to: 'sichuan-university',
        score: 0.66,
        explanation:
          'token-set similarity 0.95 between "SICHUAN UNIVERISTY" and "Sichuan University", spelt differently: univeristy ≈ university; both in CN',
      },
    ]);
  });

  it('compares parties only, never an entity with itself, and keeps the best few', () => {
    const list: Candidate = {
      id: 'bis-entity-list',
      kind: 'ControlList',
      name: 'BIS Entity List',
      aliases: [],
    };
    expect(matchParties([{ ...list, id: 'other-list' }, sichuan], [list, sichuan])).toEqual([]);
    const twins = Array.from({ length: 8 }, (_, i) => party(`twin-${String(i)}`, 'Acme'));
    expect(matchParties([party('new', 'Acme Ltd')], twins)).toHaveLength(MAX_MATCHES);
  });
});

describe('possiblySameAs', () => {
  it('makes unverified POSSIBLY_SAME_AS edges cited to the incoming entity’s sources', () => {
    const incoming: Entity = {
      ...party('csl-1', 'Sichuan University', { country: 'CN' }),
      sources: ['el-csl'],
    };
    expect(possiblySameAs([incoming], existing)).toEqual([
      {
        id: 'csl-1-same-as-sichuan-university',
        type: 'POSSIBLY_SAME_AS',
        from: 'csl-1',
        to: 'sichuan-university',
        status: 'unverified',
        sources: ['el-csl'],
        score: 1,
        explanation: 'exact normalised name match "sichuan university"; both in CN',
      },
    ]);
  });
});
