import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LAUNCHER_DIR, runMaven } from './buildLauncher.ts';

/** Where the APOC core jars are copied; the launcher's plugin_dir when started with `apoc`. */
export const APOC_PLUGIN_DIR = join(LAUNCHER_DIR, 'target', 'plugins');

/**
 * Copies APOC core, apoc-common and their runtime dependencies from Maven Central (through ~/.m2) into
 * APOC_PLUGIN_DIR unless they are there. Only `startNeo4j({ apoc: true })` calls this.
 */
export async function ensureApoc(log: (line: string) => void): Promise<string> {
  const files = existsSync(APOC_PLUGIN_DIR) ? await readdir(APOC_PLUGIN_DIR) : [];
  const present = ['apoc-core-', 'apoc-common-'].every((jar) =>
    files.some((file) => file.startsWith(jar)),
  );
  if (!present) {
    log('Fetching APOC core for the embedded Neo4j with Maven …');
    await runMaven(['-B', '-q', 'package'], join(LAUNCHER_DIR, 'apoc'));
  }
  return APOC_PLUGIN_DIR;
}
