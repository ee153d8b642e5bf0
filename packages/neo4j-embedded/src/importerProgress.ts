/** Where Neo4j's batch importer is, read from the lines it prints on stdout. */
export interface ImporterProgress {
  /** 1-based stage number and how many stages there are: "(2/4) Relationship import". */
  readonly stage: number;
  readonly stages: number;
  readonly name: string;
  /** 0–100 within the stage. */
  readonly percent: number;
}

const STAGE = /^\((\d+)\/(\d+)\) (.+?) \d{4}-\d\d-\d\d /;
// A progress line ends in "  45% ∆1s 2ms [3s 40ms]"; the dots before it are 0.1 % each.
const PERCENT = /(\d+)% ∆/;

/**
 * Follows the importer's output line by line: stage headers ("(1/4) Node import 2026-…") and
 * the percentage at the end of each line of dots. Returns the progress when a line changes it.
 */
export class ImporterProgressReader {
  private current: ImporterProgress | null = null;

  read(line: string): ImporterProgress | null {
    const stage = STAGE.exec(line);
    if (stage !== null) {
      this.current = {
        stage: Number(stage[1]),
        stages: Number(stage[2]),
        name: stage[3] ?? '',
        percent: 0,
      };
      return this.current;
    }
    const percent = PERCENT.exec(line);
    if (percent === null || this.current === null) return null;
    const value = Math.min(100, Number(percent[1]));
    if (value === this.current.percent) return null;
    this.current = { ...this.current, percent: value };
    return this.current;
  }
}

const ERROR = 'DETOUR_IMPORT_ERROR ';

/**
 * Why the importer failed, from its output: the launcher's DETOUR_IMPORT_ERROR lines (each cause,
 * with the record's file, line and field below the first), else the importer's last lines.
 */
export function importerFailure(lines: readonly string[]): string {
  const reasons: string[] = [];
  let inReason = false;
  for (const line of lines) {
    if (line.startsWith(ERROR)) {
      reasons.push(line.slice(ERROR.length));
      inReason = true;
    } else if (inReason && line.startsWith('  ')) reasons.push(line);
    else inReason = false;
  }
  const text = reasons.length > 0 ? reasons : lines.filter((line) => line.trim() !== '').slice(-15);
  return [...new Set(text)].slice(0, 40).join('\n');
}
