/**
 * W6: the control analyses (chokepoints, what-if, provider exposure, every end user's access
 * paths to one chip) through Detour's GraphQL, against the same answers computed in the bench
 * process over the access graph's arrays. Two server configurations: nothing kept between
 * questions (DETOUR_ANALYSIS_CACHE_MB=0), and the default cache with the same question asked again.
 */
import { networkRecords, type NamedSize } from '@detour/synthetic';
import {
  accessGraphFromRecords,
  computeBaseline,
  prepareScope,
  rankChokepoints,
  unlimited,
  type AccessGraph,
} from '@detour/access-graph';
import { processMemory } from '../measure/processMemory.ts';
import type { SizeContext } from './context.ts';
import { runOnServer, type W6Question } from './w6Api.ts';
import { chokepointsDigest, exposureDigest, topPathsDigest, whatIfDigest } from './w6Digests.ts';
import {
  chokepointsFloor,
  exposureFloor,
  topPathsFloor,
  UNSCOPED,
  whatIfFloor,
  type W6Inputs,
} from './w6Floor.ts';
import { largestProvider, mostOfferedChip } from './w6Inputs.ts';
import {
  CHOKEPOINTS_QUERY,
  EXPOSURE_QUERY,
  FIGURES_ONLY_QUERIES as FIGURES,
  TOP_PATHS_QUERY,
  W6_PAGE,
  WHAT_IF_QUERY,
} from './w6Queries.ts';
import { addFigureRows, addGraphReadRow, addMemoryRows, type FloorRuns } from './w6Rows.ts';

/** Timed runs per question: each analysis on M takes about a second. */
function runsFor(size: NamedSize, quick: boolean): number {
  if (size === 'S') return quick ? 5 : 20;
  return quick ? 3 : 5;
}

async function pickInputs(graph: AccessGraph): Promise<W6Inputs> {
  const baseline = await computeBaseline(graph, prepareScope(graph, UNSCOPED), unlimited());
  const inputs = {
    topChokepoint: rankChokepoints(graph, baseline)[0] ?? -1,
    provider: largestProvider(graph),
    chip: mostOfferedChip(graph),
  };
  if (Object.values(inputs).some((n) => n < 0))
    throw new Error(`W6: the network has no chokepoint, provider or offered chip to ask about`);
  return inputs;
}

function w6Questions(graph: AccessGraph, inputs: W6Inputs): W6Question[] {
  const id = (n: number): string => graph.ids[n] ?? '';
  return [
    {
      name: 'chokepoints',
      label: 'chokepoints(first: 20), unscoped',
      floor: () => chokepointsFloor(graph),
      query: CHOKEPOINTS_QUERY,
      figuresQuery: FIGURES.chokepoints,
      variables: { first: W6_PAGE.chokepoints },
      digest: chokepointsDigest,
    },
    {
      name: 'whatIf',
      label: 'whatIf removing the top chokepoint, lost and kept first 50',
      floor: () => whatIfFloor(graph, inputs),
      query: WHAT_IF_QUERY,
      figuresQuery: FIGURES.whatIf,
      variables: { remove: [id(inputs.topChokepoint)], first: W6_PAGE.changes },
      digest: whatIfDigest,
    },
    {
      name: 'providerExposure',
      label: 'providerExposure of the provider with the most customers, 50 end users × 5 paths',
      floor: () => exposureFloor(graph, inputs),
      query: EXPOSURE_QUERY,
      figuresQuery: FIGURES.providerExposure,
      variables: {
        provider: id(inputs.provider),
        first: W6_PAGE.exposed,
        pathsEach: W6_PAGE.pathsEach,
        channels: W6_PAGE.channels,
      },
      digest: exposureDigest,
    },
    {
      name: 'accessPaths',
      label: 'accessPaths(to: the most offered chip, first: 50), every end user',
      floor: () => topPathsFloor(graph, inputs),
      query: TOP_PATHS_QUERY,
      figuresQuery: FIGURES.accessPaths,
      variables: { to: id(inputs.chip), first: W6_PAGE.paths },
      digest: topPathsDigest,
    },
  ];
}

/** One untimed run, then `runs` timed ones, each computing everything from the graph. */
async function timeFloor(question: W6Question, runs: number): Promise<FloorRuns> {
  let digest = await question.floor();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    digest = await question.floor();
    samples.push(performance.now() - started);
  }
  return { samples, digest };
}

export async function runW6(ctx: SizeContext): Promise<void> {
  const { size, options, results, database, log } = ctx;
  log(`  W6: building the access graph of ${size} in process from the generator's records …`);
  const started = performance.now();
  const records = networkRecords({ size, seed: options.seed });
  const graph = accessGraphFromRecords(records.entities, records.relationships);
  const buildMs = performance.now() - started;
  const inputs = await pickInputs(graph);
  const id = (n: number): string => graph.ids[n] ?? '';
  const scopeStarted = performance.now();
  prepareScope(graph, UNSCOPED);
  results.note(
    `W6 ${size}: asked about top chokepoint ${id(inputs.topChokepoint)}, provider ${id(inputs.provider)} (most BUYS_FROM customers), chip ${id(inputs.chip)} (most OFFERS). The floor includes preparing the scope (${(performance.now() - scopeStarted).toFixed(1)} ms unscoped), which the API keeps even with DETOUR_ANALYSIS_CACHE_MB=0.`,
  );
  const questions = w6Questions(graph, inputs);
  const runs = options.w6Runs ?? runsFor(size, options.quick);
  log(`  W6: in-process floor, ${String(runs)} cold runs per question …`);
  const floors: FloorRuns[] = [];
  for (const question of questions) floors.push(await timeFloor(question, runs));
  log(`  W6: Detour with DETOUR_ANALYSIS_CACHE_MB=0 …`);
  const figuresOnly = questions.map((q) => ({ ...q, query: q.figuresQuery }));
  const steps =
    options.analysisMaxSteps === null ? {} : { analysisMaxSteps: options.analysisMaxSteps };
  const fresh = await runOnServer(
    database.neo4j.uri,
    { analysisCacheMiB: 0, ...steps },
    [...questions, ...figuresOnly],
    runs,
  );
  log(`  W6: Detour with the default analysis cache …`);
  const repeat = await runOnServer(database.neo4j.uri, steps, questions, runs);
  const neo4j = await processMemory(database.neo4j.pid);
  questions.forEach((question, i) => {
    const floor = floors[i];
    const a = fresh.runs[i];
    const figures = fresh.runs[questions.length + i];
    const b = repeat.runs[i];
    if (floor !== undefined && a !== undefined && figures !== undefined && b !== undefined)
      addFigureRows(ctx, question, floor, { fresh: a, figuresOnly: figures, repeat: b });
  });
  addGraphReadRow(ctx, fresh, repeat, buildMs);
  addMemoryRows(
    ctx,
    [
      ['cache 0 (the access graph only)', fresh],
      ['default cache (graph and kept analyses)', repeat],
    ],
    neo4j,
  );
}
