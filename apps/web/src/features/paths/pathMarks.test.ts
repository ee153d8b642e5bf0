import { describe, expect, it } from 'vitest';
import { pathKey } from '../../model/paths.ts';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { pathMarks } from './pathMarks.ts';
import { SZU_TO_H100, YUNDA_DIRECT } from './paths.fixture.ts';

describe('pathMarks', () => {
  it('marks every element of a path that avoids direct contact, and nothing of a direct one', () => {
    const marks = pathMarks([YUNDA_DIRECT], SUBGRAPH, null);
    expect(marks.size).toBe(0);
    const indirect = pathMarks([SZU_TO_H100], SUBGRAPH, null);
    for (const id of [...SZU_TO_H100.entities, ...SZU_TO_H100.relationships]) {
      expect(indirect.get(id)?.has('avoids-contact')).toBe(true);
    }
    expect(indirect.get('aws-offers-a100')).toBeUndefined();
  });

  it('focuses one path and dims the rest of the subgraph', () => {
    const marks = pathMarks([SZU_TO_H100, YUNDA_DIRECT], SUBGRAPH, pathKey(SZU_TO_H100));
    expect(marks.get('szu-buys-yunda')?.has('focus')).toBe(true);
    expect(marks.get('aws-offers-a100')?.has('dimmed')).toBe(true);
    expect(marks.get('nvidia')?.has('dimmed')).toBe(true);
    expect(marks.get('aws')?.has('dimmed')).toBe(false);
  });
});
