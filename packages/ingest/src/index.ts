export { readDataset } from './readDataset.ts';
export { validateDataset } from './validateDataset.ts';
export { decodeUtf8, parseJsonText } from './jsonText.ts';
export { formatProblem, MAX_PROBLEMS, type Problem, type ReadResult } from './problems.ts';
