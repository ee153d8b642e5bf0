import { describe, expect, it } from 'vitest';
import type {
  EntityFieldsFragment,
  PathFieldsFragment,
  ProviderExposureQuery,
  WhatIfQuery,
} from './generated/graphql.ts';
import { exposureFromApi, whatIfFromApi } from './pathsFromApi.ts';

const entity = (id: string, kind: EntityFieldsFragment['kind']): EntityFieldsFragment => ({
  id,
  kind,
  name: id.toUpperCase(),
  aliases: [],
  country: null,
  description: null,
  citation: null,
  effective: null,
  sources: [],
});

const path: PathFieldsFragment = {
  endUser: 'szu',
  provider: 'aws',
  capability: 'h100',
  entities: ['szu', 'yunda', 'aws', 'h100'],
  relationships: ['r1', 'r2', 'r3'],
  intermediaries: ['yunda'],
  hops: 3,
  indirect: true,
  avoidsDirectContact: true,
  validFrom: null,
  validTo: null,
  coexisted: true,
  weakestStatus: 'REPORTED',
};

const EMPTY = { entities: [], relationships: [], truncated: false };

describe('pathsFromApi', () => {
  it('keeps the totals and cursors of both what-if pages', () => {
    const data: WhatIfQuery = {
      whatIf: {
        complete: true,
        removed: [entity('yunda', 'INTERMEDIARY')],
        lost: {
          items: [
            {
              endUser: entity('szu', 'END_USER'),
              capability: entity('h100', 'CHIP'),
              pathsBefore: 1,
              pathsAfter: 0,
              remainingPath: null,
            },
          ],
          totalCount: 120,
          endUsers: 80,
          pageInfo: { endCursor: 'c1', hasNextPage: true },
          subgraph: EMPTY,
        },
        kept: {
          items: [],
          totalCount: 0,
          endUsers: 0,
          pageInfo: { endCursor: null, hasNextPage: false },
          subgraph: EMPTY,
        },
        lostByCapability: [{ capability: entity('h100', 'CHIP'), endUsers: 80 }],
      },
    };
    const result = whatIfFromApi(data);
    expect(result.lost.totalCount).toBe(120);
    expect(result.lost.endUsers).toBe(80);
    expect(result.lost.pageInfo).toEqual({ endCursor: 'c1', hasNextPage: true });
    expect(result.lost.items[0]?.endUser.kind).toBe('EndUser');
    expect(result.lost.items[0]).not.toHaveProperty('remainingPath');
    expect(result.lostByCapability[0]?.capability.kind).toBe('Chip');
    expect(result.removed.map((e) => e.kind)).toEqual(['Intermediary']);
  });

  it('converts an exposure page with its channels and path counts', () => {
    const data: ProviderExposureQuery = {
      providerExposure: {
        provider: entity('aws', 'CLOUD_PROVIDER'),
        endUsersReaching: 900,
        listedEndUsers: 12,
        complete: false,
        endUsers: {
          items: [
            {
              endUser: entity('szu', 'END_USER'),
              controlLists: [entity('el', 'CONTROL_LIST')],
              listed: true,
              pathCount: 14,
              paths: [path],
            },
          ],
          totalCount: 300,
          pageInfo: { endCursor: 'c', hasNextPage: true },
          subgraph: EMPTY,
        },
        channels: [{ entity: entity('yunda', 'INTERMEDIARY'), endUsers: 250, listedEndUsers: 9 }],
      },
    };
    const exposure = exposureFromApi(data);
    expect(exposure.endUsers.totalCount).toBe(300);
    expect(exposure.endUsers.items[0]?.pathCount).toBe(14);
    expect(exposure.endUsers.items[0]?.paths[0]?.weakestStatus).toBe('reported');
    expect(exposure.channels[0]).toMatchObject({ endUsers: 250, listedEndUsers: 9 });
    expect(exposure.complete).toBe(false);
  });
});
