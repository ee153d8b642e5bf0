import { describe, expect, it } from 'vitest';
import { indexSubgraph } from '../../model/subgraph.ts';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { listNames, pathHops, pathTitle, validityWindow, whyIndirect } from './explainPath.ts';
import { SZU_TO_H100, YUNDA_DIRECT } from './paths.fixture.ts';

const index = indexSubgraph(SUBGRAPH);

describe('explainPath', () => {
  it('lists the hops in path order with both ends', () => {
    const hops = pathHops(SZU_TO_H100, index);
    expect(hops.map((h) => [h.from?.name, h.relationship?.type, h.to?.name])).toEqual([
      ['Shenzhen University', 'BUYS_FROM', 'Yunda Technology'],
      ['Yunda Technology', 'BUYS_FROM', 'Amazon Web Services'],
      ['Amazon Web Services', 'OFFERS', 'Nvidia H100'],
    ]);
  });

  it('says who stands between the end user and the provider, and that there is no contract', () => {
    expect(whyIndirect(SZU_TO_H100, index)).toBe(
      'Yunda Technology stands between Shenzhen University and Amazon Web Services; ' +
        'Shenzhen University has no contract of its own with Amazon Web Services.',
    );
    expect(whyIndirect({ ...SZU_TO_H100, avoidsDirectContact: false }, index)).toMatch(
      /but Shenzhen University also buys from Amazon Web Services directly/,
    );
    expect(whyIndirect(YUNDA_DIRECT, index)).toBe(
      'Yunda Technology buys from Amazon Web Services directly: Amazon Web Services has it as a customer.',
    );
  });

  it('joins names as a reader would', () => {
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('titles the path and states its validity window', () => {
    expect(pathTitle(SZU_TO_H100, index)).toBe(
      'Shenzhen University → Yunda Technology → Amazon Web Services → Nvidia H100',
    );
    expect(validityWindow(SZU_TO_H100)).toBe('from 1 November 2023');
    expect(validityWindow({ ...SZU_TO_H100, coexisted: false })).toBe('never all at the same time');
    const open = { ...SZU_TO_H100 };
    delete open.validFrom;
    expect(validityWindow(open)).toBe('no dates recorded');
  });
});
