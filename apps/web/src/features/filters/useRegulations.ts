// The regulations with their effective dates, for the date filter's quick buttons. The API has
// no "list entities of a kind", so this asks the search for the words regulation names use.
import { fetchEntity } from '../../graphql/pathApi.ts';
import { searchEntities } from '../../graphql/api.ts';
import type { EntityRecord } from '../../model/subgraph.ts';
import { useRemote } from '../status/useRemote.ts';
import { regulationMoments, type RegulationMoment } from './regulationDates.ts';

const PROBES = ['rule', 'letter', 'controls', 'regulation', 'export'] as const;

async function loadRegulations(signal: AbortSignal): Promise<RegulationMoment[]> {
  const found = await Promise.all(
    PROBES.map((query) => searchEntities(query, { kinds: ['Regulation'], first: 50, signal })),
  );
  const ids = [...new Set(found.flat().map((hit) => hit.entity.id))];
  // Search hits carry no effective date; the entity does.
  const entities = await Promise.all(ids.map((id) => fetchEntity(id, { signal })));
  return regulationMoments(entities.filter((e): e is EntityRecord => e !== null));
}

export function useRegulations(): readonly RegulationMoment[] {
  return useRemote('regulations', loadRegulations).data ?? [];
}
