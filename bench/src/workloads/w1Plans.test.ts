import { describe, expect, it } from 'vitest';
import {
  enumeratesForShortest,
  hasExhaustiveFallback,
  seeksAndWalksFromEndUser,
} from './w1Plans.ts';

describe('plan checks', () => {
  it('flags the documented fallback of legacy shortestPath, and nothing else', () => {
    expect(
      hasExhaustiveFallback([
        'ProduceResults',
        'AntiConditionalApply',
        'ShortestPath',
        'VarLengthExpand(Into)',
      ]),
    ).toBe(true);
    expect(hasExhaustiveFallback(['ProduceResults', 'StatefulShortestPath(Into)'])).toBe(false);
    expect(hasExhaustiveFallback(['ProduceResults', 'ShortestPath', 'CartesianProduct'])).toBe(
      false,
    );
  });

  it('calls enumerate-then-sort an exhaustive answer to a shortest-path question', () => {
    expect(enumeratesForShortest(['Top', 'Filter', 'VarLengthExpand(All)'])).toBe(true);
    expect(enumeratesForShortest(['Sort', 'Repeat(Trail)'])).toBe(true);
    expect(enumeratesForShortest(['Top', 'StatefulShortestPath(Into)'])).toBe(false);
    expect(enumeratesForShortest(['Limit', 'VarLengthExpand(All)'])).toBe(false);
  });

  it('accepts an index seek with directed walks, not a var-length expand or a label scan', () => {
    expect(seeksAndWalksFromEndUser(['Top', 'Projection', 'NodeUniqueIndexSeek'])).toBe(true);
    expect(seeksAndWalksFromEndUser(['Top', 'VarLengthExpand(All)', 'NodeUniqueIndexSeek'])).toBe(
      false,
    );
    expect(seeksAndWalksFromEndUser(['Top', 'Projection', 'NodeByLabelScan'])).toBe(false);
  });
});
