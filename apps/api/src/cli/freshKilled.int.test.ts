/**
 * `generate` into a new store, SIGKILLed while the batch importer runs and after the store was
 * moved in: neither leaves a half-built store that reads as complete, no JVM outlives the CLI,
 * and a rerun (or the next start) finishes the job.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detourCli } from '../../test/detourCli.ts';
import { openStore } from '../../test/storeSnapshot.ts';
import { OPEN_ACCESS } from '../auth/authenticate.ts';
import { graphqlClient } from '../../test/graphqlClient.ts';
import { removeUnfinishedImports } from '../modules/datasets/unfinishedImports.ts';

const LONG = 420_000;
const ID = 'synthetic-1000x10000-21';
const ARGS = ['generate', '--size', '1000x10000', '--seed', '21'];

/** Processes whose command line names `dir` (the importer's or Neo4j's JVM on the store). */
async function processesOn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(dir)) found.push(`${pid}: ${cmdline.replaceAll('\0', ' ').slice(0, 200)}`);
  }
  return found;
}

/** Waits up to 20 s for every process on `dir` to be gone, and returns those still there. */
async function outlivers(dir: string): Promise<string[]> {
  for (let i = 0; i < 200; i++) {
    const left = await processesOn(dir);
    if (left.length === 0) return left;
    await sleep(100);
  }
  return processesOn(dir);
}

async function counts(dataDir: string) {
  const store = await openStore(dataDir);
  try {
    const [row] = await store.db.read(
      [
        'CALL () { MATCH (n:Entity) RETURN count(n) AS entities }',
        'CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }',
        'CALL () { MATCH (d:Dataset) RETURN collect(d.id) AS datasets }',
        'CALL () { MATCH (i:Import) RETURN count(i) AS unfinished }',
        'RETURN entities, relationships, datasets, unfinished',
      ].join('\n'),
    );
    return row;
  } finally {
    await store.close();
  }
}

describe('a fresh load killed part-way (SIGKILL of the CLI)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'detour-fresh-killed-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'while the batch importer runs: no store is left, the importer stops, and a rerun builds it',
    async () => {
      const store = join(dir, 'importing');
      const env = { DETOUR_DATA_DIR: store };
      const killed = await detourCli(ARGS, env, (stdout) =>
        /batch importer \(\d\/4\)/.test(stdout),
      );
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(await outlivers(store)).toEqual([]);
      expect(existsSync(join(store, 'data'))).toBe(false);

      const rerun = await detourCli(ARGS, env);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toContain("building it with Neo4j's batch importer");
      expect(await readdir(store)).not.toContain('detour-build');
      expect(await counts(store)).toEqual({
        entities: 1000,
        relationships: 10_000,
        datasets: [ID],
        unfinished: 0,
      });
    },
    LONG,
  );

  it(
    'after the store was moved in: it reads as an unfinished load, which the next start removes',
    async () => {
      const store = join(dir, 'moved');
      const killed = await detourCli(ARGS, { DETOUR_DATA_DIR: store }, (stdout) =>
        stdout.includes('store built; starting Neo4j'),
      );
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(await outlivers(store)).toEqual([]);

      const opened = await openStore(store);
      try {
        const answer = await graphqlClient(
          opened.db,
          OPEN_ACCESS,
        )('{ stats { datasets incomplete } }');
        expect(answer.data?.['stats']).toEqual({ datasets: [], incomplete: [ID] });
        // What `pnpm start` and every import run first.
        expect(await removeUnfinishedImports(opened.db)).toEqual([ID]);
        const [row] = await opened.db.read(
          'MATCH (n) WHERE NOT n:DataVersion RETURN count(n) AS nodes',
        );
        expect(row).toEqual({ nodes: 0 });
      } finally {
        await opened.close();
      }
    },
    LONG,
  );
});
