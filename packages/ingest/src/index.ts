export { readDataset } from './readDataset.ts';
export { validateDataset } from './validateDataset.ts';
export { decodeUtf8, parseJsonText } from './jsonText.ts';
export { formatProblem, MAX_PROBLEMS, type Problem, type ReadResult } from './problems.ts';
export { readCslCsv, CSL_CSV_COLUMNS } from './csl/readCslCsv.ts';
export { readCslJson } from './csl/readCslJson.ts';
export { readLegacyElCsv } from './csl/readLegacyElCsv.ts';
export { controlListFor, type ControlListInfo } from './csl/controlLists.ts';
export { readFtm } from './ftm/readFtm.ts';
export { readCsvTables, type CsvFile } from './tables/readCsvTables.ts';
export { parseCsv, type CsvRow, type CsvTable } from './tables/parseCsv.ts';
export {
  datasetIdFor,
  summariseSkipped,
  type Imported,
  type ImportOptions,
  type Skipped,
} from './tables/imported.ts';
export { matchParties, MATCH_THRESHOLD, type Candidate, type Match } from './match/matchParties.ts';
export {
  isCjkWord,
  nameWords,
  normaliseName,
  searchText,
  SEARCH_TEXT_VERSION,
} from './match/normaliseName.ts';
export {
  compareNames,
  wordSimilarity,
  type NameComparison,
  type WordHow,
  type WordMatch,
} from './match/compareNames.ts';
export { letterCount, typosAllowed } from './match/editDistance.ts';
export { STOP_WORDS, LEGAL_FORMS } from './match/nameVocabulary.ts';
export { possiblySameAs } from './match/possiblySameAs.ts';
