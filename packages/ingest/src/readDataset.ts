import type { Dataset } from '@detour/domain';
import { duplicateKeyProblems, parseJsonText } from './jsonText.ts';
import type { ReadResult } from './problems.ts';
import { validateDataset } from './validateDataset.ts';

/**
 * Reads the text of a `detour.dataset/v1` file into a Dataset, or every problem with it: encoding,
 * JSON syntax (with line and column), duplicate keys, and each broken rule at its JSON path.
 * `file` only names the file in problems; nothing is read from disk.
 */
export function readDataset(text: string, file: string): ReadResult<Dataset> {
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return parsed;
  return validateDataset(parsed.value, file, duplicateKeyProblems(text, file));
}
