import { describe, expect, it } from 'vitest';
import { parseProcStatus } from './processMemory.ts';

const STATUS = `Name:\tjava
VmPeak:\t 5242880 kB
VmHWM:\t  2097152 kB
VmRSS:\t  1572864 kB
RssAnon:\t 1048576 kB
Threads:\t42
`;

describe('parseProcStatus', () => {
  it('reads resident and peak resident memory in MiB', () => {
    expect(parseProcStatus(STATUS)).toEqual({ rssMiB: 1536, peakRssMiB: 2048 });
  });

  it('gives null when the kernel does not report them (a zombie process)', () => {
    expect(parseProcStatus('Name:\tnode\nState:\tZ (zombie)\n')).toBeNull();
  });
});
