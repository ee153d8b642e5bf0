/**
 * The data version: a token that every write transaction replaces (database.ts does it in the
 * same transaction as the write), so a cache of derived data (the access graph) can tell in one
 * read whether it is still the data's. A random token, not a counter, so a store that is wiped
 * and refilled never repeats an old version. Writes made outside Detour should run
 * BUMP_DATA_VERSION too; node and relationship counts are part of the version as a backstop.
 */
import type { Tx } from './database.ts';

export const DATA_VERSION_LABEL = 'DataVersion';

export const BUMP_DATA_VERSION = [
  `MERGE (v:${DATA_VERSION_LABEL} {id: 'graph'})`,
  'SET v.token = randomUUID()',
].join('\n');

const READ_DATA_VERSION = [
  `OPTIONAL MATCH (v:${DATA_VERSION_LABEL} {id: 'graph'})`,
  'WITH v.token AS token',
  'CALL () { MATCH (n) RETURN count(n) AS nodes }',
  'CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }',
  'CALL () { OPTIONAL MATCH (i:Import) RETURN count(i) AS loading }',
  'RETURN token, nodes, relationships, loading',
].join('\n');

export interface DataVersion {
  /** Equal keys: the same data. */
  readonly key: string;
  /** Batched imports still loading (their records may be partly there). */
  readonly loading: number;
}

export async function readDataVersion(tx: Tx): Promise<DataVersion> {
  const [row] = await tx.run(READ_DATA_VERSION);
  const token = typeof row?.['token'] === 'string' ? row['token'] : 'none';
  return {
    key: `${token}/${String(row?.['nodes'])}/${String(row?.['relationships'])}`,
    loading: Number(row?.['loading'] ?? 0),
  };
}
