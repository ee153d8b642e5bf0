// Access paths over the test subgraph: the indirect Shenzhen University → Yunda → AWS → H100
// route, a direct one for contrast, and crowds of end users for the grouped pictures.
import type { AccessPath } from '../../model/paths.ts';
import type { EntityRecord, RelationshipRecord, Subgraph } from '../../model/subgraph.ts';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';

export const SZU_TO_H100: AccessPath = {
  endUser: 'shenzhen-university',
  provider: 'aws',
  capability: 'h100',
  entities: ['shenzhen-university', 'yunda-technology', 'aws', 'h100'],
  relationships: ['szu-buys-yunda', 'yunda-buys-aws', 'aws-offers-h100'],
  intermediaries: ['yunda-technology'],
  hops: 3,
  indirect: true,
  avoidsDirectContact: true,
  validFrom: '2023-11-01',
  coexisted: true,
  weakestStatus: 'reported',
};

export const YUNDA_DIRECT: AccessPath = {
  ...SZU_TO_H100,
  endUser: 'yunda-technology',
  entities: ['yunda-technology', 'aws', 'h100'],
  relationships: ['yunda-buys-aws', 'aws-offers-h100'],
  intermediaries: [],
  hops: 2,
  indirect: false,
  avoidsDirectContact: false,
};

/**
 * `n` more end users, each buying from Yunda (→ AWS → H100), or directly from AWS when `direct`
 * says so: a crowd large enough to be grouped, over the test subgraph.
 */
export function crowd(
  n: number,
  direct: (i: number) => boolean = () => false,
): { paths: AccessPath[]; subgraph: Subgraph } {
  const entities: EntityRecord[] = [...SUBGRAPH.entities];
  const relationships: RelationshipRecord[] = [...SUBGRAPH.relationships];
  const paths: AccessPath[] = [SZU_TO_H100];
  for (let i = 0; i < n; i++) {
    const id = `eu-${String(i)}`;
    const viaAws = direct(i);
    const first = `${id}-buys-${viaAws ? 'aws' : 'yunda'}`;
    entities.push({ id, kind: 'EndUser', name: `End user ${String(i)}`, aliases: [], sources: [] });
    relationships.push({
      id: first,
      type: 'BUYS_FROM',
      from: id,
      to: viaAws ? 'aws' : 'yunda-technology',
      status: i % 2 === 0 ? 'confirmed' : 'alleged',
      sources: [],
    });
    paths.push(
      viaAws
        ? {
            ...YUNDA_DIRECT,
            endUser: id,
            entities: [id, 'aws', 'h100'],
            relationships: [first, 'aws-offers-h100'],
          }
        : {
            ...SZU_TO_H100,
            endUser: id,
            entities: [id, 'yunda-technology', 'aws', 'h100'],
            relationships: [first, 'yunda-buys-aws', 'aws-offers-h100'],
          },
    );
  }
  return { paths, subgraph: { entities, relationships, truncated: false } };
}
