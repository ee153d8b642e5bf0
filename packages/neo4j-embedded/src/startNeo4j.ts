import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { ensureApoc } from './apoc.ts';
import { buildLauncher } from './buildLauncher.ts';
import { freePort } from './freePort.ts';
import { jvmArgs } from './jvmArgs.ts';
import { findRunningNeo4j, removeRunningFile, writeRunningFile } from './runningFile.ts';
import { assertNoStoreBuild } from './storeBuild.ts';

export interface StartNeo4jOptions {
  /** Where the store and logs live; created if missing. */
  readonly dataDir: string;
  /** Bolt port on 127.0.0.1; a free one is chosen when absent. */
  readonly port?: number;
  /** JVM heap (-Xms/-Xmx) in MiB. */
  readonly heapMiB?: number;
  /** Neo4j page cache in MiB (its default would take half the machine's memory). */
  readonly pageCacheMiB?: number;
  /** Neo4j's own transaction timeout, a backstop for runaway queries. */
  readonly transactionTimeoutSeconds?: number;
  /** How long to wait for the readiness line. */
  readonly startTimeoutMs?: number;
  /**
   * Load APOC core (classpath and plugin_dir, `apoc.*` unrestricted), as a server with the APOC
   * plugin has it; for @neo4j/graphql. Off by default: the default start loads no plugins.
   */
  readonly apoc?: boolean;
  /** The java executable; `java` on the PATH by default. */
  readonly java?: string;
  readonly log?: (line: string) => void;
}

export interface RunningNeo4j {
  /** bolt://127.0.0.1:<port> */
  readonly uri: string;
  readonly port: number;
  readonly pid: number;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after a grace period) and waits for the JVM to exit. */
  stop(): Promise<void>;
}

const READY = 'DETOUR_NEO4J_READY ';

/**
 * Starts Neo4j Community embedded in a JVM child process, waits until Bolt answers, and returns
 * its URI. The JVM watches its stdin: when this process dies for any reason the pipe closes and
 * the JVM shuts down, so no Java process outlives its parent.
 */
export async function startNeo4j(options: StartNeo4jOptions): Promise<RunningNeo4j> {
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const dataDir = resolvePath(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const running = await findRunningNeo4j(dataDir);
  if (running !== null) {
    throw new Error(
      `The data directory ${dataDir} is already served by another embedded Neo4j at ${running}. Stop that Detour first, or set DETOUR_DATA_DIR to another directory.`,
    );
  }
  await assertNoStoreBuild(dataDir);
  const { classpath } = await buildLauncher(log);
  const pluginDir = options.apoc === true ? await ensureApoc(log) : null;
  const port = options.port ?? (await freePort());
  const args = [
    ...jvmArgs(options.heapMiB ?? 512),
    '-cp',
    pluginDir === null ? classpath : `${classpath}:${pluginDir}/*`,
    'dev.detour.neo4j.Launcher',
    dataDir,
    String(port),
    String(options.pageCacheMiB ?? 256),
    String(options.transactionTimeoutSeconds ?? 60),
    ...(pluginDir === null ? [] : [pluginDir]),
  ];
  const child = spawn(options.java ?? 'java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const uri = `bolt://127.0.0.1:${String(port)}`;
  try {
    await waitForReady(child, options.startTimeoutMs ?? 180_000, dataDir, port);
    await verify(uri);
  } catch (error) {
    process.off('exit', killOnExit);
    await stopChild(child);
    throw error;
  }
  await writeRunningFile(dataDir, { uri, pid: child.pid ?? -1 });
  log(`Embedded Neo4j is ready at ${uri} (data in ${dataDir}).`);

  return {
    uri,
    port,
    pid: child.pid ?? -1,
    stop: async () => {
      process.off('exit', killOnExit);
      await removeRunningFile(dataDir);
      await stopChild(child);
    },
  };
}

function waitForReady(
  child: ChildProcess,
  timeoutMs: number,
  dataDir: string,
  port: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stderr: string[] = [];
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString());
      if (stderr.length > 100) stderr.shift();
    });
    const explain = (what: string): Error =>
      new Error(
        `Embedded Neo4j ${what} (port ${String(port)}, data in ${dataDir}; see ${dataDir}/logs/debug.log).` +
          (stderr.length > 0 ? `\n${stderr.join('').slice(-3000)}` : ''),
      );
    const timer = setTimeout(() => {
      reject(explain(`did not become ready within ${String(Math.round(timeoutMs / 1000))} s`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout ?? process.stdin });
    lines.on('line', (line) => {
      if (line.startsWith(READY)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new Error(
          `Cannot start Java for the embedded Neo4j: ${error.message}. Install Java 17 (see README).`,
        ),
      );
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        explain(`exited before it was ready (code ${String(code)}, signal ${String(signal)})`),
      );
    });
  });
}

async function verify(uri: string): Promise<void> {
  const driver = neo4j.driver(uri);
  try {
    await driver.getServerInfo({ database: 'neo4j' });
  } finally {
    await driver.close();
  }
}

function stopChild(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
