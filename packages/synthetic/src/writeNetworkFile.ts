import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { DATASET_FORMAT } from '@detour/domain';
import { networkRecords } from './networkRecords.ts';
import type { Counts } from './plan.ts';
import type { NetworkOptions } from './sizes.ts';

export interface WriteOptions {
  /** Called every 100,000 records and at the end, with the records written and the total. */
  readonly onProgress?: (written: number, total: number) => void;
}

const CHUNK_CHARS = 1 << 20;
const PROGRESS_EVERY = 100_000;

/**
 * Writes a synthetic network as a `detour.dataset/v1` file, one record per line, streaming: the
 * text is written in 1 MiB chunks as records are generated, so even L never exists as one string.
 * The file appears under `path` only when complete. Same size and seed → the same bytes.
 */
export async function writeNetworkFile(
  path: string,
  options: NetworkOptions,
  { onProgress }: WriteOptions = {},
): Promise<Counts> {
  const network = networkRecords(options);
  const { counts } = network;
  const total = counts.sources + counts.entities + counts.relationships;
  const partial = `${path}.partial`;
  const handle = await open(partial, 'w');
  let written = 0;
  try {
    const out = new ChunkedWriter(handle);
    const section = async (name: string, records: Iterable<unknown>, last: boolean) => {
      await out.write(`  ${JSON.stringify(name)}: [`);
      let first = true;
      for (const record of records) {
        const text = `${first ? '\n' : ',\n'}    ${JSON.stringify(record)}`;
        if (out.add(text)) await out.flush();
        first = false;
        if (++written % PROGRESS_EVERY === 0) onProgress?.(written, total);
      }
      await out.write(`${first ? '' : '\n  '}]${last ? '\n' : ',\n'}`);
    };
    await out.write(`{\n  "format": ${JSON.stringify(DATASET_FORMAT)},\n`);
    await out.write(`  "dataset": ${JSON.stringify(network.dataset)},\n`);
    await section('sources', network.sources, false);
    await section('entities', network.entities, false);
    await section('relationships', network.relationships, true);
    await out.write('}\n');
    await out.flush();
    await handle.close();
  } catch (error) {
    await handle.close();
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, path);
  onProgress?.(written, total);
  return counts;
}

/** Gathers small strings and writes them as about 1 MiB at a time. */
class ChunkedWriter {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly handle: FileHandle) {}

  /** Adds text; true when a chunk is full and should be flushed (one await per MiB, not per record). */
  add(text: string): boolean {
    this.parts.push(text);
    this.length += text.length;
    return this.length >= CHUNK_CHARS;
  }

  async write(text: string): Promise<void> {
    if (this.add(text)) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const bytes = Buffer.from(this.parts.join(''));
    this.parts = [];
    this.length = 0;
    for (let offset = 0; offset < bytes.length;) {
      const { bytesWritten } = await this.handle.write(bytes, offset);
      offset += bytesWritten;
    }
  }
}
