import type { Context } from '../../context.ts';
import { boundedInt } from '../args.ts';
import { sourcePage, stats } from './repository.ts';

const counts = (record: Readonly<Record<string, number>>, key: string) =>
  Object.entries(record).map(([value, count]) => ({ [key]: value, count }));

export const statsResolvers = {
  Query: {
    stats: async (_: unknown, __: unknown, ctx: Context) => {
      const s = await stats(ctx.db);
      return {
        ...s,
        entitiesByKind: counts(s.entitiesByKind, 'kind'),
        relationshipsByType: counts(s.relationshipsByType, 'type'),
        relationshipsByStatus: counts(s.relationshipsByStatus, 'status'),
      };
    },
    sources: (_: unknown, args: { first?: number | null; offset?: number | null }, ctx: Context) =>
      sourcePage(
        ctx.db,
        boundedInt('first', args.first, 100, 1, 500),
        boundedInt('offset', args.offset, 0, 0, 10_000_000),
      ),
  },
};
