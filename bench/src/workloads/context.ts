import type { NamedSize } from '@detour/synthetic';
import type { NetworkModel } from '../network/networkModel.ts';
import type { BenchOptions } from '../options.ts';
import type { Results } from '../report/results.ts';
import type { RunningServer } from '../servers/startServer.ts';
import type { OpenDatabase } from '../setup/database.ts';

/** What a workload on one network size gets: the loaded store running, and Detour serving it. */
export interface SizeContext {
  readonly size: NamedSize;
  readonly model: NetworkModel;
  readonly database: OpenDatabase;
  /** Detour's production server (servers/serve.ts detour) on this database. */
  readonly detour: RunningServer;
  readonly options: BenchOptions;
  readonly results: Results;
  readonly log: (line: string) => void;
}

/** W1's input: an end user and a chip or model, by id and by index in the model. */
export interface Pair {
  readonly from: string;
  readonly to: string;
  readonly fromIndex: number;
  readonly toIndex: number;
}
