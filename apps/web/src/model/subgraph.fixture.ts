// A small, realistic neighbourhood for tests: Shenzhen University → Yunda Technology → AWS → A100/H100.
import type { EntityRecord, RelationshipRecord, Subgraph } from './subgraph.ts';

const reuters = {
  id: 'reuters-2024-08-23-cloud',
  title: 'Chinese entities turn to Amazon cloud and its rivals to access high-end US chips, AI',
  publisher: 'Reuters',
  url: 'https://www.reuters.com/technology/artificial-intelligence/chinese-entities-turn-amazon-cloud-its-rivals-access-high-end-us-chips-ai-2024-08-23/',
  published: '2024-08-23',
} as const;

const entity = (
  e: Omit<EntityRecord, 'aliases' | 'sources'> & Partial<EntityRecord>,
): EntityRecord => ({
  aliases: [],
  sources: [reuters],
  ...e,
});

export const SHENZHEN_UNIVERSITY = entity({
  id: 'shenzhen-university',
  kind: 'EndUser',
  name: 'Shenzhen University',
  aliases: ['深圳大学', 'SZU'],
  country: 'CN',
});

export const ENTITIES: readonly EntityRecord[] = [
  SHENZHEN_UNIVERSITY,
  entity({
    id: 'yunda-technology',
    kind: 'Intermediary',
    name: 'Yunda Technology',
    aliases: ['运达科技'],
    country: 'CN',
  }),
  entity({
    id: 'aws',
    kind: 'CloudProvider',
    name: 'Amazon Web Services',
    aliases: ['AWS'],
    country: 'US',
  }),
  entity({ id: 'nvidia', kind: 'Vendor', name: 'Nvidia', country: 'US' }),
  entity({ id: 'a100', kind: 'Chip', name: 'Nvidia A100' }),
  entity({ id: 'h100', kind: 'Chip', name: 'Nvidia H100' }),
  entity({ id: 'entity-list', kind: 'ControlList', name: 'BIS Entity List' }),
];

const rel = (r: Omit<RelationshipRecord, 'sources'>): RelationshipRecord => ({
  sources: [reuters],
  ...r,
});

export const SZU_BUYS_FROM_YUNDA = rel({
  id: 'szu-buys-yunda',
  type: 'BUYS_FROM',
  from: 'shenzhen-university',
  to: 'yunda-technology',
  status: 'reported',
  start: '2023-11',
  amount: { value: 200000, currency: 'CNY' },
  covers: ['a100', 'h100'],
});

export const RELATIONSHIPS: readonly RelationshipRecord[] = [
  SZU_BUYS_FROM_YUNDA,
  rel({
    id: 'yunda-buys-aws',
    type: 'BUYS_FROM',
    from: 'yunda-technology',
    to: 'aws',
    status: 'reported',
  }),
  rel({
    id: 'aws-offers-a100',
    type: 'OFFERS',
    from: 'aws',
    to: 'a100',
    status: 'confirmed',
    service: 'EC2 P4d',
  }),
  rel({
    id: 'aws-offers-h100',
    type: 'OFFERS',
    from: 'aws',
    to: 'h100',
    status: 'confirmed',
    service: 'EC2 P5',
  }),
  rel({ id: 'nvidia-makes-a100', type: 'MAKES', from: 'nvidia', to: 'a100', status: 'confirmed' }),
  rel({
    id: 'szu-listed',
    type: 'LISTED_ON',
    from: 'shenzhen-university',
    to: 'entity-list',
    status: 'alleged',
  }),
];

export const SUBGRAPH: Subgraph = {
  entities: ENTITIES,
  relationships: RELATIONSHIPS,
  truncated: false,
};
