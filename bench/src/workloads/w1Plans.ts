import { shortestPathCypher } from '../../../apps/api/src/modules/paths/shortestPathCypher.ts';
import type { Driver } from '../setup/database.ts';
import type { Pair, SizeContext } from './context.ts';
import { accessPathsQuery, FORMS } from './w1Queries.ts';

interface PlanNode {
  readonly operatorType: string;
  readonly children: readonly PlanNode[];
}

/** Every operator of the plan Neo4j would run (EXPLAIN: planned, not executed), root first. */
export async function planOperators(
  driver: Driver,
  cypher: string,
  params: Readonly<Record<string, unknown>>,
): Promise<string[]> {
  const result = await driver.executeQuery(`EXPLAIN\n${cypher}`, params, { database: 'neo4j' });
  const plan = result.summary.plan;
  if (plan === false) throw new Error('EXPLAIN returned no plan');
  const operators: string[] = [];
  const visit = (node: PlanNode): void => {
    operators.push(node.operatorType.replace(/@neo4j$/, ''));
    node.children.forEach(visit);
  };
  visit(plan);
  return operators;
}

/**
 * The exhaustive shortest-path fallback: legacy shortestPath() with a predicate it cannot check
 * during its breadth-first search is planned as ShortestPath beside an AntiConditionalApply whose
 * other branch enumerates every path (Cypher manual, "Shortest path planning").
 */
export function hasExhaustiveFallback(operators: readonly string[]): boolean {
  const legacyShortest = operators.some((op) => /^(Legacy)?ShortestPath/.test(op));
  return (
    operators.some((op) => /exhaustive/i.test(op)) ||
    (legacyShortest && operators.includes('AntiConditionalApply'))
  );
}

/**
 * A shortest-path question answered by enumerating every path and sorting (no shortest-path
 * operator; a var-length expand or repeat, then Top or Sort): performance-anchors.md W1(a) calls
 * it a failure whatever the timing.
 */
export function enumeratesForShortest(operators: readonly string[]): boolean {
  return (
    !operators.some((op) => /ShortestPath/.test(op)) &&
    operators.some((op) => /^(VarLengthExpand|Repeat)/.test(op)) &&
    operators.some((op) => /^(Top|PartialTop|Sort|PartialSort)\b/.test(op))
  );
}

/**
 * Detour's access-path plan: it seeks the end user by index and grows its walks with directed
 * expands inside one expression, so no var-length or quantified-path operator (those expand
 * BUYS_FROM undirected, through every customer of each reseller) and no label scan.
 */
export function seeksAndWalksFromEndUser(operators: readonly string[]): boolean {
  return (
    operators.some((op) => op.startsWith('NodeUniqueIndexSeek')) &&
    !operators.some((op) => /^(VarLengthExpand|Repeat|NodeByLabelScan|AllNodesScan)/.test(op))
  );
}

/** A query Neo4j documents as planned with the fallback: the detector must flag it. */
export const KNOWN_FALLBACK_CYPHER = [
  'MATCH (a:Entity {id: $from}), (b:Entity {id: $to})',
  'MATCH p = shortestPath((a)-[*..6]-(b))',
  'WHERE length(p) > 1',
  'RETURN p',
].join('\n');

const describe = (operators: readonly string[]) => operators.join(' ← ');

/** EXPLAINs every W1 form (and shortestPath, for reference): fails on the fallback. */
export async function checkPlans(ctx: SizeContext, pair: Pair): Promise<void> {
  const { driver } = ctx.database;
  const { results, size } = ctx;
  const sanity = await planOperators(driver, KNOWN_FALLBACK_CYPHER, { ...pair });
  if (!hasExhaustiveFallback(sanity)) {
    results.fail(
      `W1 plan check: the detector missed the documented fallback (${describe(sanity)})`,
    );
  }
  for (const form of FORMS) {
    const { cypher, params } = accessPathsQuery(pair, form.first);
    const operators = await planOperators(driver, cypher, params);
    const line = `W1 ${size} plan, accessPaths ${form.label}: ${describe(operators)}`;
    results.note(line);
    if (hasExhaustiveFallback(operators))
      results.fail(`exhaustive shortest-path fallback in ${line}`);
    if (form.first === 1) {
      // The walks from one end user are a small bounded tree, enumerated and cut with Top; a
      // shortest-path operator would have to expand undirected BUYS_FROM (see accessPathsCypher.ts).
      results.add({
        workload: 'W1',
        size,
        figure: 'plan of the shortest form: index seek on the end user, no var-length expand',
        unit: '',
        median: Number.NaN,
        p95: null,
        target: {
          text: 'no VarLengthExpand/Repeat/label scan',
          met: seeksAndWalksFromEndUser(operators) && !enumeratesForShortest(operators),
        },
      });
    }
  }
  const shortest = await planOperators(driver, shortestPathCypher(6), { ...pair, avoid: [] });
  results.note(`W1 ${size} plan, shortestPath (for reference): ${describe(shortest)}`);
  if (hasExhaustiveFallback(shortest)) results.fail(`exhaustive fallback in shortestPath's plan`);
}
