import type { Entity, EntityKind, Relationship, RelationshipType } from '@detour/domain';
import { describe, expect, it } from 'vitest';
import { accessGraphFromRecords } from '@detour/access-graph';
import { largestProvider, mostOfferedChip } from './w6Inputs.ts';

const entity = (id: string, kind: EntityKind): Entity => ({
  id,
  kind,
  name: id,
  aliases: [],
  sources: ['s'],
});

const rel = (type: RelationshipType, from: string, to: string): Relationship => ({
  id: `${from}-${type}-${to}`,
  type,
  from,
  to,
  status: 'confirmed',
  sources: ['s'],
});

const ENTITIES = [
  entity('u0', 'EndUser'),
  entity('u1', 'EndUser'),
  entity('u2', 'EndUser'),
  entity('p0', 'CloudProvider'),
  entity('p1', 'CloudProvider'),
  entity('c0', 'Chip'),
  entity('c1', 'Chip'),
  entity('m0', 'Model'),
];

function pick(relationships: Relationship[]) {
  const graph = accessGraphFromRecords(ENTITIES, relationships);
  const id = (n: number) => (n < 0 ? null : graph.ids[n]);
  return { provider: id(largestProvider(graph)), chip: id(mostOfferedChip(graph)) };
}

describe('W6 inputs', () => {
  it('take the provider with the most customers and the chip with the most offers', () => {
    const picked = pick([
      rel('BUYS_FROM', 'u0', 'p1'),
      rel('BUYS_FROM', 'u1', 'p1'),
      rel('BUYS_FROM', 'u2', 'p0'),
      rel('OFFERS', 'p0', 'c1'),
      rel('OFFERS', 'p1', 'c1'),
      rel('OFFERS', 'p1', 'c0'),
      // A model offered more often is not a chip.
      rel('OFFERS', 'p0', 'm0'),
      rel('OFFERS', 'p1', 'm0'),
      rel('OFFERS', 'u0', 'm0'),
    ]);
    expect(picked).toEqual({ provider: 'p1', chip: 'c1' });
  });

  it('break ties by id, and find nothing in a network without purchases or offers', () => {
    const tie = pick([
      rel('BUYS_FROM', 'u0', 'p1'),
      rel('BUYS_FROM', 'u1', 'p0'),
      rel('OFFERS', 'p0', 'c1'),
      rel('OFFERS', 'p0', 'c0'),
    ]);
    expect(tie).toEqual({ provider: 'p0', chip: 'c0' });
    expect(pick([])).toEqual({ provider: null, chip: null });
  });
});
