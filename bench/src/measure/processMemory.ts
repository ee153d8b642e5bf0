import { readFile } from 'node:fs/promises';

/** A process's resident memory as Linux reports it, in MiB. */
export interface ProcessMemory {
  /** Resident now (VmRSS). */
  readonly rssMiB: number;
  /** The most it was resident at any time so far (VmHWM). */
  readonly peakRssMiB: number;
}

/** VmRSS and VmHWM from the text of /proc/<pid>/status; null when either is missing. */
export function parseProcStatus(text: string): ProcessMemory | null {
  const kib = (field: string): number | null => {
    const match = new RegExp(`^${field}:\\s*(\\d+) kB$`, 'm').exec(text);
    return match === null ? null : Number(match[1]);
  };
  const rss = kib('VmRSS');
  const peak = kib('VmHWM');
  return rss === null || peak === null ? null : { rssMiB: rss / 1024, peakRssMiB: peak / 1024 };
}

/** The memory of another process, or null where /proc cannot tell (not Linux, or it exited). */
export async function processMemory(pid: number): Promise<ProcessMemory | null> {
  try {
    return parseProcStatus(await readFile(`/proc/${String(pid)}/status`, 'utf8'));
  } catch {
    return null;
  }
}
