import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
}

export interface ProfileShare {
  readonly name: string;
  /** Share of all samples, 0–1. */
  readonly share: number;
}

/** Where a function lives: an npm package, a workspace folder, Node itself, or V8 (GC, idle). */
export function ownerOf(url: string, functionName: string): string {
  if (url === '')
    return functionName.startsWith('(') ? functionName : `(${functionName || 'native'})`;
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg !== null) return pkg[1] ?? url;
  if (url.startsWith('node:')) return 'node internals';
  const repo = /\/(apps\/[^/]+\/src\/[^/]+|packages\/[^/]+|bench)\//.exec(url);
  return repo !== null ? (repo[1] ?? url) : url;
}

function shares(counts: Map<string, number>, total: number, top: number): ProfileShare[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, count]) => ({ name, share: count / total }));
}

/**
 * Self time of V8 CPU profiles (.cpuprofile), by owner (package or folder) and by function, as
 * shares of the busy (non-idle) samples: where a server spends its CPU.
 */
export async function summariseProfiles(dir: string, top = 12) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let idle = 0;
  let micros = 0;
  for (const file of files) {
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
    micros += profile.endTime - profile.startTime;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (hits === 0) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const owner = ownerOf(url, functionName);
      if (owner === '(idle)') {
        idle += hits;
        continue;
      }
      const fn = `${functionName || '(anonymous)'} ${owner}${url === '' ? '' : `:${String(lineNumber + 1)}`}`;
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + hits);
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
      total += hits;
    }
  }
  return {
    /** Share of samples that were not idle. */
    busy: total / Math.max(1, total + idle),
    /** Milliseconds the profiles cover. */
    ms: micros / 1000,
    owners: shares(byOwner, total, top),
    functions: shares(byFunction, total, top),
  };
}
