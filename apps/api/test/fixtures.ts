import type { Dataset } from '@detour/domain';

const reuters = 's1';

/** A small chain in the shape of the Reuters case, for integration tests. */
export const chainDataset: Dataset = {
  format: 'detour.dataset/v1',
  dataset: { id: 'test-chain', title: 'Test chain', licence: 'CC0-1.0' },
  sources: [
    { id: reuters, title: 'Chinese entities turn to Amazon cloud', publisher: 'Reuters', url: 'https://example.org/reuters', published: '2024-08-23' },
    { id: 's5', title: 'Advanced computing rule', publisher: 'Federal Register', url: 'https://example.org/fr' },
  ],
  entities: [
    { id: 'shenzhen-university', kind: 'EndUser', name: 'Shenzhen University', aliases: ['深圳大学'], country: 'CN', sources: [reuters] },
    { id: 'yunda-technology', kind: 'Intermediary', name: 'Yunda Technology Ltd Co', aliases: ['成都运达科技'], country: 'CN', sources: [reuters] },
    { id: 'aws', kind: 'CloudProvider', name: 'Amazon Web Services', aliases: ['AWS'], country: 'US', sources: [reuters] },
    { id: 'nvidia-h100', kind: 'Chip', name: 'Nvidia H100', aliases: ['H100'], sources: [reuters] },
    { id: 'nvidia-a100', kind: 'Chip', name: 'Nvidia A100', aliases: ['A100'], sources: [reuters] },
    { id: 'zhejiang-lab', kind: 'EndUser', name: 'Zhejiang Lab', aliases: ['之江实验室'], country: 'CN', sources: [reuters] },
    { id: 'rule-2022', kind: 'Regulation', name: 'Advanced computing rule', aliases: [], citation: '87 FR 62186', effective: '2022-10-07', sources: ['s5'] },
  ],
  relationships: [
    { id: 'szu-yunda', type: 'BUYS_FROM', from: 'shenzhen-university', to: 'yunda-technology', status: 'reported', start: '2024-03', amount: { value: 200000, currency: 'CNY' }, covers: ['nvidia-a100', 'nvidia-h100'], sources: [reuters] },
    { id: 'yunda-aws', type: 'BUYS_FROM', from: 'yunda-technology', to: 'aws', status: 'reported', start: '2024-03', sources: [reuters] },
    { id: 'aws-h100', type: 'OFFERS', from: 'aws', to: 'nvidia-h100', status: 'confirmed', service: 'Amazon EC2 P5', sources: [reuters] },
    { id: 'aws-a100', type: 'OFFERS', from: 'aws', to: 'nvidia-a100', status: 'confirmed', service: 'Amazon EC2 P4d', sources: [reuters] },
    { id: 'zlab-aws', type: 'BUYS_FROM', from: 'zhejiang-lab', to: 'aws', status: 'planned', start: '2024-04', note: 'The lab says the purchase did not go through.', sources: [reuters] },
    { id: 'rule-h100', type: 'RESTRICTS', from: 'rule-2022', to: 'nvidia-h100', status: 'confirmed', start: '2022-10-07', sources: ['s5'] },
  ],
};
