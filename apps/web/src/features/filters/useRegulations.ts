// The regulations with their effective dates, for the date filter's quick buttons. The API has
// no "list entities of a kind", so this asks the search for the words regulation names use.
import { searchFullEntities } from '../../graphql/api.ts';
import { useRemote } from '../status/useRemote.ts';
import { regulationMoments, type RegulationMoment } from './regulationDates.ts';

const PROBES = ['rule', 'letter', 'controls', 'regulation', 'export'] as const;

async function loadRegulations(signal: AbortSignal): Promise<RegulationMoment[]> {
  const found = await Promise.all(
    PROBES.map((query) => searchFullEntities(query, ['Regulation'], { first: 50, signal })),
  );
  return regulationMoments(found.flat());
}

export function useRegulations(): readonly RegulationMoment[] {
  return useRemote('regulations', loadRegulations).data ?? [];
}
