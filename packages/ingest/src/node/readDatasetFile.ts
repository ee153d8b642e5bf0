import { readFile } from 'node:fs/promises';
import type { Dataset } from '@detour/domain';
import { decodeUtf8 } from '../jsonText.ts';
import type { ReadResult } from '../problems.ts';
import { readDataset } from '../readDataset.ts';

/**
 * Reads a `detour.dataset/v1` file from disk: the one place this package does I/O. A file that
 * cannot be opened is a problem like any other, not a thrown error.
 */
export async function readDatasetFile(path: string): Promise<ReadResult<Dataset>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file: path, message: `cannot read the file: ${reason}` }] };
  }
  const text = decodeUtf8(bytes, path);
  return text.ok ? readDataset(text.value, path) : text;
}
