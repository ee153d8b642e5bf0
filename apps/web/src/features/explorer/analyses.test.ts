import { describe, expect, it } from 'vitest';
import { analysesFor } from './analyses.ts';

describe('analysesFor', () => {
  it('offers the question each kind of entity raises', () => {
    expect(analysesFor({ id: 'szu', kind: 'EndUser', name: 'SZU' })[0]?.change).toMatchObject({
      view: 'paths',
      from: 'szu',
    });
    expect(analysesFor({ id: 'h100', kind: 'Chip', name: 'H100' })[0]?.change).toMatchObject({
      view: 'paths',
      to: 'h100',
      from: null,
    });
    expect(analysesFor({ id: 'y', kind: 'Intermediary', name: 'Y' })[0]?.change).toMatchObject({
      view: 'whatif',
      removed: ['y'],
    });
    expect(analysesFor({ id: 'aws', kind: 'CloudProvider', name: 'AWS' })[0]?.change).toMatchObject(
      { view: 'exposure', provider: 'aws' },
    );
    expect(analysesFor({ id: 'l', kind: 'ControlList', name: 'L' })).toEqual([]);
  });
});
