import type { Entity, Relationship } from '@detour/domain';
import { MAX_ID_LENGTH } from '../fields.ts';
import { shortHash } from '../tables/imported.ts';
import { matchParties, type Candidate } from './matchParties.ts';

/** A stable id for the match from one entity to another. */
export function sameAsId(from: string, to: string): string {
  const id = `${from}-same-as-${to}`;
  return id.length <= MAX_ID_LENGTH ? id : `same-as-${shortHash(from)}-${shortHash(to)}`;
}

/**
 * POSSIBLY_SAME_AS relationships from incoming entities to existing ones, `unverified` and cited
 * to the incoming entity's own sources: a screening hint for a person to check, never a merge.
 */
export function possiblySameAs(
  incoming: readonly Entity[],
  existing: readonly Candidate[],
): Relationship[] {
  const sources = new Map(incoming.map((entity) => [entity.id, entity.sources]));
  return matchParties(incoming, existing).map((match) => ({
    id: sameAsId(match.from, match.to),
    type: 'POSSIBLY_SAME_AS',
    from: match.from,
    to: match.to,
    status: 'unverified',
    sources: sources.get(match.from) ?? [],
    score: match.score,
    explanation: match.explanation,
  }));
}
