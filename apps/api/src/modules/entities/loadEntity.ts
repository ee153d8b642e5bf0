import type { Entity } from '@detour/domain';
import type { Context } from '../../context.ts';

/** An entity an answer refers to, through the request's loader (one batched read per request). */
export async function loadEntity(ctx: Context, id: string): Promise<Entity> {
  const found = await ctx.loaders.entity.load(id);
  if (found === null) throw new Error(`Entity ${id} vanished while answering`);
  return found;
}
