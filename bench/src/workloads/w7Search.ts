import type { Database } from '../../../apps/api/src/db/database.ts';
import { int } from '../../../apps/api/src/db/convert.ts';
import { ENTITY_NAME_INDEX } from '../../../apps/api/src/db/schema.ts';
import { searchNames } from '../../../apps/api/src/modules/entities/searchNames.ts';
import { median, p95 } from '../stats/stats.ts';
import type { SizeContext } from './context.ts';
import { searchVariants, VARIANT_KINDS, type SearchVariant } from './w7Variants.ts';

/** Search's target: its p50 at most this many times the plain full-text query's. */
export const W7_TARGET_RATIO = 1.5;
const FIRST = 10;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATORS = new Set(['and', 'or', 'not', 'to']);

/**
 * The plain full-text query W7 measures search against, as Detour asked it before names were
 * matched: what was typed split on spaces, each word required, exactly or as a prefix.
 */
export function plainLuceneQuery(input: string): string | null {
  const terms = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((term) => term.length > 0);
  if (terms.length === 0) return null;
  return terms
    .map((term) => (LUCENE_OPERATORS.has(term) ? `"${term}"` : `(${term}^2 OR ${term}*)`))
    .join(' AND ');
}

export const PLAIN_SEARCH_CYPHER = [
  'CALL db.index.fulltext.queryNodes($index, $query, {limit: $first})',
  'YIELD node, score',
  'RETURN node, score',
  'ORDER BY score DESC, node.name ASC',
  'LIMIT $first',
].join('\n');

/** The plain query through Detour's database layer: the names of its hits, best first. */
async function plainSearch(db: Database, text: string): Promise<string[]> {
  const query = plainLuceneQuery(text);
  if (query === null) return [];
  const rows = await db.read(PLAIN_SEARCH_CYPHER, {
    index: ENTITY_NAME_INDEX,
    query,
    first: int(FIRST),
  });
  return rows.map((row) => String((row['node'] as { name?: unknown }).name));
}

async function matchedSearch(db: Database, text: string): Promise<string[]> {
  const hits = await searchNames(db, text, null, FIRST);
  return hits.map((hit) => hit.entity.name);
}

interface Timed {
  readonly ms: number[];
  /** Per variant kind: the times of its searches. */
  readonly byKind: Map<string, number[]>;
  /** Per variant kind: searches whose hits included an entity with the name it was made from. */
  readonly found: Map<string, number>;
}

async function timed(
  variant: SearchVariant,
  run: (text: string) => Promise<string[]>,
  into: Timed,
): Promise<void> {
  const started = performance.now();
  const names = await run(variant.query);
  const ms = performance.now() - started;
  into.ms.push(ms);
  into.byKind.set(variant.kind, [...(into.byKind.get(variant.kind) ?? []), ms]);
  if (names.includes(variant.name))
    into.found.set(variant.kind, (into.found.get(variant.kind) ?? 0) + 1);
}

/**
 * W7: search by name on the network, one client, in process. For each of `iterations` searches
 * made from random entity names (exact, pasted with stop word and legal form, one typo,
 * reordered, word beginnings), Detour's search (normalise, the full-text query with prefixes and
 * typos, ranking in TypeScript) and the plain full-text query (each word required, as search
 * was) are timed one after the other, through the same database layer and index.
 */
export async function runW7(ctx: SizeContext): Promise<void> {
  const { model, options, database, results, size } = ctx;
  const variants = searchVariants(model, options.iterations, options.seed + 7);
  const db = database.db;
  for (const variant of variants.slice(0, options.warmup)) {
    await plainSearch(db, variant.query);
    await matchedSearch(db, variant.query);
  }
  const plain: Timed = { ms: [], byKind: new Map(), found: new Map() };
  const matched: Timed = { ms: [], byKind: new Map(), found: new Map() };
  for (const [i, variant] of variants.entries()) {
    // Alternate which goes first, so that neither always meets a warmer cache.
    if (i % 2 === 0) {
      await timed(variant, (text) => plainSearch(db, text), plain);
      await timed(variant, (text) => matchedSearch(db, text), matched);
    } else {
      await timed(variant, (text) => matchedSearch(db, text), matched);
      await timed(variant, (text) => plainSearch(db, text), plain);
    }
  }
  const perKind = VARIANT_KINDS.length;
  const share = (t: Timed) =>
    VARIANT_KINDS.map(
      (kind) =>
        `${kind} ${String(t.found.get(kind) ?? 0)}/${String(Math.ceil(variants.length / perKind))}`,
    ).join(', ');
  const byKind = (t: Timed) =>
    VARIANT_KINDS.map((kind) => `${kind} ${median(t.byKind.get(kind) ?? []).toFixed(2)} ms`).join(
      ', ',
    );
  const plainMedian = median(plain.ms);
  results.add({
    workload: 'W7',
    size,
    figure: `plain full-text query (every word required), ${String(FIRST)} hits`,
    unit: 'ms',
    median: plainMedian,
    p95: p95(plain.ms),
    note: `source name in the hits: ${share(plain)}; p50 by kind: ${byKind(plain)}`,
  });
  results.add({
    workload: 'W7',
    size,
    figure: `search by name (normalised, typos, ranked), ${String(FIRST)} hits`,
    unit: 'ms',
    median: median(matched.ms),
    p95: p95(matched.ms),
    baseline: { label: 'plain full-text query', median: plainMedian },
    target: {
      text: `p50 ≤ ${String(W7_TARGET_RATIO)}× the plain query`,
      met: median(matched.ms) <= W7_TARGET_RATIO * plainMedian,
    },
    note: `source name in the hits: ${share(matched)}; p50 by kind: ${byKind(matched)}`,
  });
}
