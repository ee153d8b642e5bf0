import type { RelationshipType, Status } from '@detour/domain';
import type { Context } from '../../context.ts';
import { badInput, codedError } from '../../errors.ts';
import { boundedInt } from '../args.ts';
import { loadSources } from '../entities/resolvers.ts';
import { asOfDate } from '../paths/pathArgs.ts';
import { projected, selectedProjection } from '../projection.ts';
import type { SelectionInfo } from '../selection.ts';
import { neighborhood, type Neighborhood } from './repository.ts';
import type { RelationshipView } from './relationshipView.ts';

interface NeighborhoodArgs {
  readonly id: string;
  readonly depth?: number | null;
  readonly first?: number | null;
  readonly offset?: number | null;
  readonly types?: readonly RelationshipType[] | null;
  readonly statuses?: readonly Status[] | null;
  readonly from?: string | null;
  readonly until?: string | null;
}

export const neighborhoodResolvers = {
  Query: {
    neighborhood: async (
      _: unknown,
      args: NeighborhoodArgs,
      ctx: Context,
      info: SelectionInfo,
    ): Promise<Neighborhood> => {
      const depth = boundedInt('depth', args.depth, 1, 1, 3);
      const first = boundedInt('first', args.first, 50, 1, 200);
      const offset = boundedInt('offset', args.offset, 0, 0, 1_000_000);
      const from = asOfDate(args.from, 'from');
      const until = asOfDate(args.until, 'until');
      if (from !== null && until !== null && from > until)
        throw badInput('until', `is before from (${from})`);
      const projection = selectedProjection(info, ['entities'], ['relationships']);
      const result = await neighborhood(
        ctx.db,
        {
          id: args.id,
          depth,
          first,
          offset,
          from,
          until,
          types: args.types && args.types.length > 0 ? args.types : null,
          statuses: args.statuses && args.statuses.length > 0 ? args.statuses : null,
        },
        projection,
      );
      if (result === null) throw codedError('NOT_FOUND', `id: no entity "${args.id}"`);
      return result;
    },
  },
  Relationship: {
    covers: (rel: RelationshipView) => rel.covers ?? [],
    sources: (rel: RelationshipView, _: unknown, ctx: Context) =>
      loadSources(ctx, projected(rel.sources, 'Relationship.sources')),
  },
};
