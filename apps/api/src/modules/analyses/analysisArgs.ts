/**
 * The arguments every analysis shares (to, provider, statuses, asOf, maxHops), checked against
 * the access graph and turned into its scope; and the coded refusal when a question is too large.
 */
import { ENTITY_KINDS, type EntityKind, type Status } from '@detour/domain';
import { AnalysisTooLarge, type AccessGraph, type AnalysisScope } from '@detour/access-graph';
import { badInput, codedError } from '../../errors.ts';
import { asOfDate, clampMaxHops, statusList } from '../paths/pathArgs.ts';

export interface ScopeArgs {
  readonly to?: string | null;
  readonly provider?: string | null;
  readonly statuses?: readonly Status[] | null;
  readonly asOf?: string | null;
  readonly maxHops?: number | null;
}

/** The analyses look at every path up to the longest allowed unless told otherwise. */
export const ANALYSIS_MAX_HOPS = 8;

/** An id argument as an entity of the graph: NOT_FOUND, or BAD_USER_INPUT for another kind. */
export function entityArg(
  graph: AccessGraph,
  argument: string,
  id: string,
  kinds: readonly EntityKind[] | null,
): number {
  const index = graph.indexOf.get(id);
  if (index === undefined)
    throw codedError('NOT_FOUND', `${argument}: no entity "${id}"`, argument);
  const kind = ENTITY_KINDS[graph.kinds[index] ?? 0] ?? 'EndUser';
  if (kinds !== null && !kinds.includes(kind))
    throw badInput(argument, `"${id}" is a ${kind}; expected ${kinds.join(' or ')}`);
  return index;
}

export function analysisScope(
  graph: AccessGraph,
  args: ScopeArgs,
  defaultMaxHops = ANALYSIS_MAX_HOPS,
): AnalysisScope {
  const optional = (
    argument: string,
    id: string | null | undefined,
    kinds: readonly EntityKind[],
  ) => (id === null || id === undefined ? -1 : entityArg(graph, argument, id, kinds));
  return {
    capability: optional('to', args.to, ['Chip', 'Model']),
    provider: optional('provider', args.provider, ['CloudProvider']),
    statuses: statusList(args.statuses),
    asOf: asOfDate(args.asOf),
    maxHops: clampMaxHops(args.maxHops ?? defaultMaxHops),
  };
}

/** A stable text of the question, for cursors. */
export function questionKey(name: string, args: object): string {
  const asked = Object.entries(args).filter(([key]) => key !== 'first' && key !== 'after');
  return `${name}:${JSON.stringify(asked.sort(([a], [b]) => (a < b ? -1 : 1)))}`;
}

/**
 * Runs an analysis; a question with too many paths to walk becomes ANALYSIS_TOO_LARGE, naming
 * the arguments that would narrow it.
 */
export async function analysed<T>(work: Promise<T> | (() => T), scope: AnalysisScope): Promise<T> {
  try {
    return await (typeof work === 'function' ? work() : work);
  } catch (error) {
    if (!(error instanceof AnalysisTooLarge)) throw error;
    const narrower = [
      ...(scope.capability < 0 ? ['`to` (one chip or model)'] : []),
      ...(scope.provider < 0 ? ['`provider`'] : []),
      ...(scope.maxHops > 2 ? [`a lower \`maxHops\` (now ${String(scope.maxHops)})`] : []),
      ...(scope.statuses === null ? ['`statuses`'] : []),
      ...(scope.asOf === null ? ['`asOf`'] : []),
    ];
    throw codedError(
      'ANALYSIS_TOO_LARGE',
      `This question has too many access paths to walk: ${error.message} (DETOUR_ANALYSIS_MAX_STEPS). ` +
        (narrower.length > 0
          ? `Narrow it with ${narrower.join(', ')}.`
          : 'Ask the operator to raise DETOUR_ANALYSIS_MAX_STEPS.'),
    );
  }
}
