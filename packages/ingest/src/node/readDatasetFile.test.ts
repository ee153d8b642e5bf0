import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../problems.ts';
import { minimalDraft } from '../testing/draft.ts';
import { readDatasetFile } from './readDatasetFile.ts';

describe('readDatasetFile', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'detour-ingest-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a dataset file from disk', async () => {
    const path = join(dir, 'seed.json');
    await writeFile(path, JSON.stringify(minimalDraft()));
    const result = await readDatasetFile(path);
    expect(result.ok && result.value.entities.map((e) => e.name)).toEqual([
      'Shenzhen University',
      'Yunda Technology',
      'Amazon Web Services',
      'Nvidia H100',
    ]);
  });

  it('reports a file that is not UTF-8 with its position', async () => {
    const path = join(dir, 'latin1.json');
    await writeFile(path, Buffer.from('{"name": "Caf\xe9"}', 'latin1'));
    const result = await readDatasetFile(path);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${path}:1:14: not valid UTF-8 text: byte 0xE9 at offset 13 does not start a valid UTF-8 sequence; save the file as UTF-8`,
    ]);
  });

  it('reports a missing file as a problem rather than throwing', async () => {
    const path = join(dir, 'missing.json');
    const result = await readDatasetFile(path);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${path}: cannot read the file: ENOENT: no such file or directory, open '${path}'`,
    ]);
  });
});
