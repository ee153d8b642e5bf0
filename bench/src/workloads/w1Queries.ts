import { Kind, parse, type FieldNode } from 'graphql';
import { int } from '../../../apps/api/src/db/convert.ts';
import { STATUS_RANK } from '../../../apps/api/src/modules/paths/accessPath.ts';
import { accessPathsCypher } from '../../../apps/api/src/modules/paths/accessPathsCypher.ts';
import { DEFAULT_MAX_HOPS } from '../../../apps/api/src/modules/paths/pathArgs.ts';
import { selectedProjection } from '../../../apps/api/src/modules/projection.ts';
import type { Pair } from './context.ts';

/** What the web app asks for: the paths and the subgraph that explains every hop. */
export const ACCESS_PATHS_QUERY = `query AccessPaths($from: ID!, $to: ID!, $first: Int!) {
  accessPaths(from: $from, to: $to, first: $first) {
    truncated
    paths { entities relationships hops indirect avoidsDirectContact weakestStatus }
    subgraph { entities { id kind name } relationships { id type from to status } }
  }
}`;

/** W1's three questions about a pair, by the number of paths asked for. */
export const FORMS = [
  { label: 'existence + shortest indirect path (first 1)', first: 1 },
  { label: 'first 10 paths', first: 10 },
  { label: 'first 100 paths', first: 100 },
] as const;

/** The accessPaths field of ACCESS_PATHS_QUERY, as its resolver sees it. */
function accessPathsField(): FieldNode {
  const [operation] = parse(ACCESS_PATHS_QUERY).definitions;
  const field =
    operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections[0] : null;
  if (field?.kind !== Kind.FIELD) throw new Error('ACCESS_PATHS_QUERY: no accessPaths field');
  return field;
}

/**
 * What Detour's resolver reads for ACCESS_PATHS_QUERY's subgraph selection (the same function
 * on the same selection), so the raw query decodes what Detour decodes.
 */
const PROJECTION = selectedProjection(
  { fieldNodes: [accessPathsField()], fragments: {} },
  ['subgraph', 'entities'],
  ['subgraph', 'relationships'],
);

/** Exactly the Cypher and parameters Detour's explainAccessPaths sends for ACCESS_PATHS_QUERY. */
export function accessPathsQuery(pair: Pair, first: number) {
  return {
    cypher: accessPathsCypher({
      minSteps: 2,
      maxSteps: DEFAULT_MAX_HOPS - 1,
      anchors: { from: true, to: true, provider: false },
      filters: { statuses: false, asOf: false },
      details: PROJECTION,
    }),
    params: {
      from: pair.from,
      to: pair.to,
      provider: null,
      statuses: null,
      asOf: null,
      rank: STATUS_RANK,
      limit: int(first + 1),
    },
  };
}
