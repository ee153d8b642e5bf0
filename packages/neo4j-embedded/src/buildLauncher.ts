import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the launcher's Maven project lives. */
export const LAUNCHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'launcher');

const SOURCES = [
  'pom.xml',
  'src/main/java/dev/detour/neo4j/Launcher.java',
  'src/main/java/dev/detour/neo4j/BulkImport.java',
  'src/main/java/dev/detour/neo4j/EmptyListsInput.java',
];
const STAMP = join(LAUNCHER_DIR, 'target', 'detour-launcher.stamp');

export interface LauncherClasspath {
  /** Entries for java -cp: the compiled launcher and every dependency jar. */
  readonly classpath: string;
}

async function sourcesHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(await readFile(join(LAUNCHER_DIR, file)));
  return hash.digest('hex');
}

function classpathOf(): LauncherClasspath {
  const target = join(LAUNCHER_DIR, 'target');
  return { classpath: [join(target, 'classes'), join(target, 'lib', '*')].join(':') };
}

/**
 * Builds the Java launcher with Maven unless an up-to-date build is already there. The first build
 * resolves Neo4j's jars from Maven Central into ~/.m2 (minutes); later ones start from that cache.
 */
export async function buildLauncher(
  log: (line: string) => void = console.log,
): Promise<LauncherClasspath> {
  const expected = await sourcesHash();
  const built = existsSync(STAMP) ? (await readFile(STAMP, 'utf8')).trim() : '';
  if (built === expected && existsSync(join(LAUNCHER_DIR, 'target', 'lib'))) return classpathOf();

  log(
    'Building the embedded Neo4j launcher with Maven (the first run resolves the Neo4j 5.26 jars from Maven Central; later runs use ~/.m2) …',
  );
  await runMaven(['-B', '-q', 'package', '-DskipTests'], LAUNCHER_DIR);
  await writeFile(STAMP, expected + '\n');
  log('Embedded Neo4j launcher built.');
  return classpathOf();
}

export function runMaven(args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const child = spawn('mvn', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer): void => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      reject(
        new Error(
          `Cannot run Maven ("mvn ${args.join(' ')}" in ${cwd}): ${error.message}. Install Maven 3 and Java 17 (see README prerequisites).`,
        ),
      );
    });
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `Maven failed to build the Neo4j launcher in ${cwd} (exit ${String(code)}):\n${output.join('').slice(-4000)}`,
          ),
        );
    });
  });
}
