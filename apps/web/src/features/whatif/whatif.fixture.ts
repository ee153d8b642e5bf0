// A what-if answer over the test subgraph: cutting Yunda Technology off costs Shenzhen University
// the A100 and the H100.
import type { AccessChange, AccessChangePage, WhatIfResult } from '../../model/paths.ts';
import { ENTITIES } from '../../model/subgraph.fixture.ts';

const entity = (id: string) => {
  const found = ENTITIES.find((e) => e.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

/** One page holding every change. */
export function changePage(items: readonly AccessChange[]): AccessChangePage {
  return {
    items,
    totalCount: items.length,
    endUsers: new Set(items.map((c) => c.endUser.id)).size,
    pageInfo: { endCursor: null, hasNextPage: false },
    subgraph: { entities: [], relationships: [], truncated: false },
  };
}

export const RESULT: WhatIfResult = {
  removed: [entity('yunda-technology')],
  lost: changePage([
    {
      endUser: entity('shenzhen-university'),
      capability: entity('a100'),
      pathsBefore: 1,
      pathsAfter: 0,
    },
    {
      endUser: entity('shenzhen-university'),
      capability: entity('h100'),
      pathsBefore: 1,
      pathsAfter: 0,
    },
  ]),
  kept: changePage([]),
  lostByCapability: [
    { capability: entity('a100'), endUsers: 1 },
    { capability: entity('h100'), endUsers: 1 },
  ],
  complete: true,
};
