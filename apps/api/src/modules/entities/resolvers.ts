import type { Entity, EntityKind } from '@detour/domain';
import type { Context } from '../../context.ts';
import { boundedInt, boundedString } from '../args.ts';
import { projected } from '../projection.ts';
import type { EntityView } from './entityView.ts';
import type { SearchHit } from './rankHits.ts';
import { searchNames } from './searchNames.ts';

interface SearchArgs {
  readonly query: string;
  readonly kinds?: readonly EntityKind[] | null;
  readonly first?: number | null;
}

export const entityResolvers = {
  Query: {
    entity: (_: unknown, args: { id: string }, ctx: Context): Promise<Entity | null> =>
      ctx.loaders.entity.load(args.id),
    search: async (_: unknown, args: SearchArgs, ctx: Context): Promise<SearchHit[]> => {
      const text = boundedString('query', args.query, 1, 200);
      const first = boundedInt('first', args.first, 10, 1, 100);
      const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
      return searchNames(ctx.db, text, kinds, first);
    },
  },
  Entity: {
    sources: (entity: EntityView, _: unknown, ctx: Context) =>
      loadSources(ctx, projected(entity.sources, 'Entity.sources')),
  },
};

/** Sources by id through the request's loader, leaving out ids that no longer resolve. */
export async function loadSources(ctx: Context, ids: readonly string[]) {
  const sources = await ctx.loaders.source.loadMany(ids);
  return sources.filter((s) => s !== null && !(s instanceof Error));
}
