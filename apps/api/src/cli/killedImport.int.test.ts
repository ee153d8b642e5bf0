import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { networkRecords, writeNetworkFile, type NetworkOptions } from '@detour/synthetic';
import { graphqlClient } from '../../test/graphqlClient.ts';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { OPEN_ACCESS } from '../auth/authenticate.ts';
import { SINGLE_TRANSACTION_RECORDS } from './writeDataset.ts';

const database = useTestDatabase();
const API = fileURLToPath(new URL('../..', import.meta.url));
const LONG = 300_000;

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `pnpm detour <args>` against the test database. With `killWhen`, the process is SIGKILLed once
 * that resolves to true (it is asked again after each line of output and every 100 ms).
 */
function detour(args: readonly string[], killWhen?: (stdout: string) => Promise<boolean>) {
  const env = { NEO4J_URI: inject('neo4jUri'), INIT_CWD: API };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: API,
    env,
  });
  let stdout = '';
  let stderr = '';
  createInterface({ input: child.stdout }).on('line', (line) => (stdout += `${line}\n`));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Run>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
  let done = false;
  void exited.then(() => (done = true));
  const watch = async (): Promise<void> => {
    if (killWhen === undefined) return;
    while (!done) {
      if (await killWhen(stdout)) {
        child.kill('SIGKILL');
        return;
      }
      await sleep(100);
    }
  };
  return Promise.all([exited, watch()]).then(([run]) => run);
}

const graphql = graphqlClient(database.db, OPEN_ACCESS);

/** What readers are told: the datasets loaded, and those whose records are incomplete. */
async function listed() {
  const answer = await graphql('{ stats { datasets incomplete } }');
  expect(answer.errors).toBeUndefined();
  return answer.data?.['stats'];
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const rows = await database.db.read(cypher, params);
  return Number(rows[0]?.['n']);
}

/** Entities and relationships of a dataset, its Dataset node and the loads left unfinished. */
async function state(datasetId: string) {
  return {
    entities: await count('MATCH (n:Entity {datasetId: $id}) RETURN count(n) AS n', {
      id: datasetId,
    }),
    relationships: await count('MATCH ()-[r]->() WHERE r.datasetId = $id RETURN count(r) AS n', {
      id: datasetId,
    }),
    datasets: await count('MATCH (d:Dataset {id: $id}) RETURN count(d) AS n', { id: datasetId }),
    unfinished: await count('MATCH (i:Import) RETURN count(i) AS n'),
  };
}

/** Kill once the CLI reports a committed batch and entities of the dataset are in the database. */
const afterABatch = (datasetId: string) => async (stdout: string) =>
  /\d+\/\d+ records/.test(stdout) &&
  (await count('MATCH (n:Entity {datasetId: $id}) RETURN count(n) AS n', { id: datasetId })) > 0;

function complete(options: NetworkOptions) {
  const { dataset, counts } = networkRecords(options);
  return {
    id: dataset.id,
    full: { entities: counts.entities, relationships: counts.relationships, datasets: 1 },
  };
}

describe('a load killed part-way (SIGKILL of the CLI)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'detour-killed-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'import of a large file: the next import removes the partial records, and a rerun completes',
    async () => {
      const options = { size: { entities: 2_000, relationships: 40_000 }, seed: 11 };
      const { id, full } = complete(options);
      const file = join(dir, 'large.json');
      await writeNetworkFile(file, options);
      const before = await database.counts();

      const killed = await detour(['import', file], afterABatch(id));
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      const partial = await state(id);
      expect(partial.entities).toBeGreaterThan(0);
      expect(partial.entities + partial.relationships).toBeLessThan(
        full.entities + full.relationships,
      );
      // Never listed as a dataset, and marked as unfinished; readers are told it is incomplete.
      expect(partial).toMatchObject({ datasets: 0, unfinished: 1 });
      expect(await listed()).toEqual({ datasets: [], incomplete: [id] });

      const small = join(dir, 'small.json');
      const smallDataset = {
        format: 'detour.dataset/v1',
        dataset: { id: 'small', title: 'Small', licence: 'CC0-1.0' },
        sources: [{ id: 's1', title: 'A', publisher: 'B', url: 'https://example.org/s1' }],
        entities: [{ id: 'small-1', kind: 'EndUser', name: 'Small One', sources: ['s1'] }],
        relationships: [],
      };
      await writeFile(small, JSON.stringify(smallDataset));
      const next = await detour(['import', small]);
      expect(next.code, next.stderr).toBe(0);
      expect(next.stdout).toContain(`removed the records of an unfinished load of "${id}"`);
      expect(await state(id)).toEqual({
        entities: 0,
        relationships: 0,
        datasets: 0,
        unfinished: 0,
      });
      expect(await listed()).toEqual({ datasets: ['small'], incomplete: [] });
      // Everything else is as it was, plus the small dataset (its node, source and entity).
      expect(await database.counts()).toEqual({
        nodes: before.nodes + 3,
        relationships: before.relationships,
      });

      const rerun = await detour(['import', file]);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(await state(id)).toEqual({ ...full, unfinished: 0 });
    },
    LONG,
  );

  it(
    'generate: a rerun removes the partial copy and loads the whole network once',
    async () => {
      const options = { size: { entities: 2_000, relationships: 40_000 }, seed: 12 };
      const { id, full } = complete(options);
      const args = ['generate', '--size', '2000x40000', '--seed', '12'];
      const killed = await detour(args, afterABatch(id));
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(await state(id)).toMatchObject({ datasets: 0, unfinished: 1 });

      const rerun = await detour(args);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toContain(`removed the records of an unfinished load of "${id}"`);
      expect(await state(id)).toEqual({ ...full, unfinished: 0 });
    },
    LONG,
  );

  it(
    'a small import killed inside its one transaction leaves nothing',
    async () => {
      const options = { size: { entities: 1_000, relationships: 15_000 }, seed: 13 };
      const { id, full } = complete(options);
      const { counts } = networkRecords(options);
      expect(counts.sources + counts.entities + counts.relationships).toBeLessThanOrEqual(
        SINGLE_TRANSACTION_RECORDS,
      );
      const file = join(dir, 'one-transaction.json');
      await writeNetworkFile(file, options);
      const before = await database.counts();

      // Its first progress line comes after the first of several batches, before the commit.
      const killed = await detour(['import', file], (stdout) =>
        Promise.resolve(/\d+\/\d+ records/.test(stdout)),
      );
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(killed.stdout).not.toContain('Imported');
      expect(await database.counts()).toEqual(before);
      expect(await state(id)).toEqual({
        entities: 0,
        relationships: 0,
        datasets: 0,
        unfinished: 0,
      });

      const rerun = await detour(['import', file]);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(await state(id)).toEqual({ ...full, unfinished: 0 });
    },
    LONG,
  );
});
