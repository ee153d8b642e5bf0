import { knownControlList, type ControlListInfo } from '../csl/controlLists.ts';
import { slugId } from '../tables/imported.ts';
import type { FtmProps } from './ftmProps.ts';

/** The control lists Sanction records name, by id. */
export type ListRegistry = Map<string, ControlListInfo>;

/**
 * The ControlList a Sanction puts its entity on, named after its authority and program. The
 * lists the seed data knows (the BIS Entity List, OFAC's SDN list …) keep their ids.
 */
export function sanctionList(ctx: { lists: ListRegistry }, p: FtmProps): string | undefined {
  const authority = p.first('authority');
  const program = p.first('program');
  const name =
    authority !== undefined && program !== undefined
      ? `${authority}: ${program}`
      : (program ?? authority);
  if (name === undefined) return undefined;
  const info = knownControlList(name) ?? {
    id: slugId('ftm-list', name),
    name,
    publisher: authority ?? 'unknown',
  };
  if (!ctx.lists.has(info.id)) ctx.lists.set(info.id, info);
  return info.id;
}
