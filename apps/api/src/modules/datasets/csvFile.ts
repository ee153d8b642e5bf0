import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** About this many characters are gathered before each write. */
const CHUNK = 1 << 20;

/**
 * A CSV file written line by line in large chunks, waiting for the disk when it falls behind.
 * Notes whether a field spans lines, which the importer must be told.
 */
export class CsvFile {
  private readonly out: WriteStream;
  private pending: string[] = [];
  private size = 0;
  private spansLines = false;
  private failure: Error | null = null;

  constructor(
    readonly path: string,
    header: string,
  ) {
    this.out = createWriteStream(path);
    this.out.on('error', (error) => {
      this.failure = error;
    });
    this.pending.push(header);
    this.size = header.length;
  }

  /** True when some field holds a line break. */
  get multiline(): boolean {
    return this.spansLines;
  }

  /** Adds a line ending in "\n"; resolves at once unless a chunk had to wait for the disk. */
  async add(line: string): Promise<void> {
    if (!this.spansLines) {
      const lf = line.indexOf('\n');
      this.spansLines = (lf >= 0 && lf < line.length - 1) || line.includes('\r');
    }
    this.pending.push(line);
    this.size += line.length;
    if (this.size >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure !== null) throw this.failure;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.out.end((error?: Error | null) => {
        if (error) reject(error);
        else resolve();
      });
    });
    if (this.failure !== null) throw this.failure;
  }
}
