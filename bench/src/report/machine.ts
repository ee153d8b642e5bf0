import { execFile } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memory: string;
  readonly os: string;
  readonly node: string;
  readonly java: string;
  /** Filled in once a database is up (its Bolt agent, e.g. Neo4j/5.26.30). */
  neo4j: string;
  neo4jMemory: string;
  /** 1-minute load averages when the run started and ended: how shared the machine was. */
  readonly load: number[];
}

/** Records the machine's 1-minute load average now. */
export function sampleLoad(machine: Machine): void {
  machine.load.push(loadavg()[0] ?? Number.NaN);
}

function javaVersion(): Promise<string> {
  return new Promise((resolve) => {
    execFile('java', ['-version'], (error, _stdout, stderr) => {
      if (error !== null) {
        resolve('Java: not found');
        return;
      }
      // `java -version` prints to stderr: openjdk version "17.0.15" 2025-04-15
      const first = stderr.split('\n')[0] ?? '';
      const match = /version "([^"]+)"/.exec(first);
      const vendor = first.split(' ')[0] ?? 'java';
      resolve(match ? `${vendor} ${match[1] ?? ''}` : first.trim());
    });
  });
}

export async function describeMachine(): Promise<Machine> {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown CPU',
    cores: list.length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    os: `${type()} ${release()}`,
    node: process.version,
    java: await javaVersion(),
    neo4j: 'Neo4j: not started',
    neo4jMemory: '-',
    load: [loadavg()[0] ?? Number.NaN],
  };
}
