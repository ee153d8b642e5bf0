import type { Relationship } from '@detour/domain';
import type { Context } from '../../context.ts';
import { codedError } from '../../errors.ts';
import { boundedInt } from '../args.ts';
import { loadSources } from '../entities/resolvers.ts';
import { neighborhood, type Subgraph } from './repository.ts';

interface NeighborhoodArgs {
  readonly id: string;
  readonly depth?: number | null;
  readonly first?: number | null;
}

export const neighborhoodResolvers = {
  Query: {
    neighborhood: async (_: unknown, args: NeighborhoodArgs, ctx: Context): Promise<Subgraph> => {
      const depth = boundedInt('depth', args.depth, 1, 1, 3);
      const first = boundedInt('first', args.first, 50, 1, 200);
      const result = await neighborhood(ctx.db, { id: args.id, depth, first, types: null });
      if (result === null) throw codedError('NOT_FOUND', `id: no entity "${args.id}"`);
      return result;
    },
  },
  Relationship: {
    covers: (rel: Relationship) => rel.covers ?? [],
    sources: (rel: Relationship, _: unknown, ctx: Context) => loadSources(ctx, rel.sources),
  },
};
