import { describe, expect, it } from 'vitest';
import { relationshipFromApi, searchHitsFromApi, subgraphFromApi } from './fromApi.ts';
import type {
  EntitySummaryFieldsFragment,
  RelationshipFieldsFragment,
} from './generated/graphql.ts';

const relationship: RelationshipFieldsFragment = {
  id: 'szu-buys-yunda',
  type: 'BUYS_FROM',
  from: 'shenzhen-university',
  to: 'yunda-technology',
  status: 'REPORTED',
  start: '2023-11',
  end: null,
  amount: { value: 200000, currency: 'CNY', unit: null },
  quantity: null,
  note: null,
  covers: [],
  service: null,
  share: null,
  citation: null,
  score: null,
  explanation: null,
  sources: [{ id: 's', title: 'T', publisher: 'P', url: 'https://example.org', published: null }],
};

describe('fromApi', () => {
  it('drops nulls and an empty covers list instead of keeping them as values', () => {
    const r = relationshipFromApi(relationship);
    expect(r).toEqual({
      id: 'szu-buys-yunda',
      type: 'BUYS_FROM',
      from: 'shenzhen-university',
      to: 'yunda-technology',
      status: 'reported',
      start: '2023-11',
      amount: { value: 200000, currency: 'CNY' },
      sources: [{ id: 's', title: 'T', publisher: 'P', url: 'https://example.org' }],
    });
    expect(relationshipFromApi({ ...relationship, covers: ['a100'] }).covers).toEqual(['a100']);
  });

  it('converts a whole subgraph', () => {
    const subgraph = subgraphFromApi({
      entities: [
        {
          id: 'shenzhen-university',
          kind: 'END_USER',
          name: 'Shenzhen University',
          aliases: ['深圳大学'],
          country: 'CN',
          description: null,
          citation: null,
          effective: null,
          sources: [],
        },
      ],
      relationships: [relationship],
      truncated: true,
    });
    expect(subgraph.entities[0]).toEqual({
      id: 'shenzhen-university',
      kind: 'EndUser',
      name: 'Shenzhen University',
      aliases: ['深圳大学'],
      country: 'CN',
      sources: [],
    });
    expect(subgraph.truncated).toBe(true);
  });

  it('reads search hits into summaries in the domain spelling', () => {
    const entity: EntitySummaryFieldsFragment = {
      id: 'aws',
      kind: 'CLOUD_PROVIDER',
      name: 'AWS',
      aliases: [],
      country: null,
    };
    const match = { quality: 'ALL_WORDS', name: 'AWS', alias: false, explanation: 'Every word' };
    expect(
      searchHitsFromApi({
        search: [{ entity, score: 0.75, match: { ...match, quality: 'ALL_WORDS' } }],
      }),
    ).toEqual([
      {
        entity: { id: 'aws', kind: 'CloudProvider', name: 'AWS', aliases: [] },
        score: 0.75,
        match: { ...match, quality: 'all-words' },
      },
    ]);
  });
});
