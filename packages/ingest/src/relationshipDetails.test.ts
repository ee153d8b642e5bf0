import { describe, expect, it } from 'vitest';
import { at, problemsAfter, type Json } from './testing/draft.ts';

/** The minimal dataset plus a Vendor, a Model, a control list and one extra relationship. */
function problemsWith(relationship: Json): string[] {
  return problemsAfter((d) => {
    d.entities.push(
      { id: 'nvidia', kind: 'Vendor', name: 'Nvidia', sources: ['s1'] },
      { id: 'claude', kind: 'Model', name: 'Claude 3', sources: ['s1'] },
      { id: 'entity-list', kind: 'ControlList', name: 'Entity List', sources: ['s1'] },
    );
    d.relationships.push({ id: 'x', status: 'reported', sources: ['s1'], ...relationship });
  });
}

describe('fields that belong to one relationship type', () => {
  it('takes covers on BUYS_FROM: existing chips or models', () => {
    const buys = { type: 'BUYS_FROM', from: 'szu', to: 'aws' };
    expect(problemsWith({ ...buys, covers: ['h100', 'claude'] })).toEqual([]);
    expect(problemsWith({ ...buys, covers: ['h200', 'nvidia'] })).toEqual([
      'seed.json: relationships[3].covers[0]: unknown entity "h200"',
      'seed.json: relationships[3].covers[1]: must be a Chip or Model, not Vendor "nvidia"',
    ]);
    expect(problemsWith({ ...buys, covers: [] })).toEqual([
      'seed.json: relationships[3].covers: must list at least one Chip or Model; leave it out to mean any',
    ]);
    expect(problemsWith({ ...buys, covers: 'h100' })).toEqual([
      'seed.json: relationships[3].covers: expected an array of strings, got string',
    ]);
  });

  it('rejects covers on other types', () => {
    expect(problemsWith({ type: 'MAKES', from: 'nvidia', to: 'h100', covers: ['h100'] })).toEqual([
      'seed.json: relationships[3].covers: only allowed on BUYS_FROM relationships, not MAKES',
    ]);
  });

  it('takes service on OFFERS only', () => {
    expect(
      problemsWith({ type: 'OFFERS', from: 'aws', to: 'claude', service: 'Amazon Bedrock' }),
    ).toEqual([]);
    expect(problemsWith({ type: 'BUYS_FROM', from: 'szu', to: 'aws', service: 'EC2' })).toEqual([
      'seed.json: relationships[3].service: only allowed on OFFERS relationships, not BUYS_FROM',
    ]);
  });

  it('takes share on SUBSIDIARY_OF only, from 0 to 100', () => {
    const owned = { type: 'SUBSIDIARY_OF', from: 'yunda', to: 'szu' };
    expect(problemsWith({ ...owned, share: 51.5 })).toEqual([]);
    expect(problemsWith({ ...owned, share: 150 })).toEqual([
      'seed.json: relationships[3].share: expected a number from 0 to 100, got 150',
    ]);
    expect(problemsWith({ type: 'BUYS_FROM', from: 'szu', to: 'aws', share: 10 })).toEqual([
      'seed.json: relationships[3].share: only allowed on SUBSIDIARY_OF relationships, not BUYS_FROM',
    ]);
  });

  it('takes citation on LISTED_ON only', () => {
    const listed = { type: 'LISTED_ON', from: 'yunda', to: 'entity-list' };
    expect(problemsWith({ ...listed, citation: '84 FR 29371' })).toEqual([]);
    expect(problemsWith({ ...listed, to: 'h100' })).toEqual([
      'seed.json: relationships[3].to: LISTED_ON must point to ControlList, not Chip "h100"',
    ]);
    expect(problemsWith({ type: 'OFFERS', from: 'aws', to: 'h100', citation: '84 FR 1' })).toEqual([
      'seed.json: relationships[3].citation: only allowed on LISTED_ON relationships, not OFFERS',
    ]);
  });

  it('requires score (0–1) and explanation on POSSIBLY_SAME_AS, and allows them nowhere else', () => {
    const same = { type: 'POSSIBLY_SAME_AS', from: 'yunda', to: 'szu' };
    expect(problemsWith({ ...same, score: 0.4, explanation: 'Same address.' })).toEqual([]);
    expect(problemsWith(same)).toEqual([
      'seed.json: relationships[3].score: missing required field',
      'seed.json: relationships[3].explanation: missing required field',
    ]);
    expect(problemsWith({ ...same, score: 1.5, explanation: '' })).toEqual([
      'seed.json: relationships[3].score: expected a number from 0 to 1, got 1.5',
      'seed.json: relationships[3].explanation: must not be empty',
    ]);
    expect(
      problemsWith({ type: 'MAKES', from: 'nvidia', to: 'h100', score: 1, explanation: 'x' }),
    ).toEqual([
      'seed.json: relationships[3].score: only allowed on POSSIBLY_SAME_AS relationships, not MAKES',
      'seed.json: relationships[3].explanation: only allowed on POSSIBLY_SAME_AS relationships, not MAKES',
    ]);
  });

  it('still checks the shape of these fields when the type itself is wrong', () => {
    expect(problemsWith({ type: 'OWNS', from: 'yunda', to: 'szu', share: '51%' })).toEqual([
      'seed.json: relationships[3].type: unknown relationship type "OWNS"; expected one of BUYS_FROM, OFFERS, MAKES, SUBSIDIARY_OF, LISTED_ON, RESTRICTS, POSSIBLY_SAME_AS',
      'seed.json: relationships[3].share: expected a number from 0 to 100, got string',
    ]);
  });

  it('keeps the existing relationships valid', () => {
    expect(problemsAfter((d) => (at(d.relationships, 2).service = 'Amazon EC2 P5'))).toEqual([]);
  });
});
