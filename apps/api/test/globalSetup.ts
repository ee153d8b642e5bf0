/**
 * Starts one real embedded Neo4j for the integration tests (never a mock) in a fresh temporary
 * directory, hands its URI to the tests through vitest's provide/inject, and stops it afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNeo4j } from '@detour/neo4j-embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'detour-int-'));
  const neo4j = await startNeo4j({
    dataDir,
    heapMiB: 768,
    pageCacheMiB: 128,
    log: () => undefined,
  });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
