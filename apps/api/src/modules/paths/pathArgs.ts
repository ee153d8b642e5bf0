import { isPartialDate, type EntityKind, type Status } from '@detour/domain';
import type { Context } from '../../context.ts';
import { badInput, codedError } from '../../errors.ts';

export const DEFAULT_MAX_HOPS = 5;
export const MAX_HOPS = 8;

/** maxHops defaults to 5 and is clamped to 8; below 1 is an error. */
export function clampMaxHops(value: number | null | undefined): number {
  const hops = value ?? DEFAULT_MAX_HOPS;
  if (!Number.isInteger(hops) || hops < 1)
    throw badInput('maxHops', `must be a positive integer, got ${String(hops)}`);
  return Math.min(hops, MAX_HOPS);
}

/** A full date argument (YYYY-MM-DD), named in the error when it is not one. */
export function asOfDate(value: string | null | undefined, argument = 'asOf'): string | null {
  if (value === null || value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isPartialDate(value)) {
    throw badInput(argument, `expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function statusList(value: readonly Status[] | null | undefined): Status[] | null {
  return value && value.length > 0 ? [...value] : null;
}

/**
 * Checks that an id argument names an entity of one of the expected kinds: NOT_FOUND when there is
 * no such entity, BAD_USER_INPUT naming the argument when it is of another kind.
 */
export async function expectKind(
  ctx: Context,
  argument: string,
  id: string | null | undefined,
  kinds: readonly EntityKind[],
): Promise<string | null> {
  if (id === null || id === undefined) return null;
  const entity = await ctx.loaders.entity.load(id);
  if (entity === null) throw codedError('NOT_FOUND', `${argument}: no entity "${id}"`, argument);
  if (!kinds.includes(entity.kind)) {
    throw badInput(argument, `"${id}" is a ${entity.kind}; expected ${kinds.join(' or ')}`);
  }
  return id;
}
