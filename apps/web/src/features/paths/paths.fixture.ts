// Access paths over the test subgraph: the indirect Shenzhen University → Yunda → AWS → H100
// route, and a direct one for contrast.
import type { AccessPath } from '../../model/paths.ts';

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
