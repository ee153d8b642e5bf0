import { formatNumber, rowRatio, TARGET_SIZE, verdict, type Results } from './results.ts';
import type { Machine } from './machine.ts';

function escape(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** The machine header, then one Markdown row per figure. */
export function resultsTable(results: Results, machine: Machine): string {
  const lines = [
    `Machine: ${machine.cpu}, ${String(machine.cores)} cores, ${machine.memory}; ${machine.os}`,
    `Versions: Node ${machine.node}, ${machine.java}, ${machine.neo4j}`,
    `Neo4j memory: ${machine.neo4jMemory}`,
    `Load average (1 min) during the run: ${machine.load.map((l) => l.toFixed(1)).join(' → ')} on ${String(machine.cores)} cores`,
    '',
    '| W | Size | Figure | Median | p95 | Baseline (median) | Ratio | Target | Result |',
    '|---|---|---|---:|---:|---|---:|---|---|',
  ];
  for (const row of results.rows) {
    const p95 = row.p95 === null ? '-' : `${formatNumber(row.p95)} ${row.p95Unit ?? row.unit}`;
    const baseline = row.baseline
      ? `${row.baseline.label}: ${formatNumber(row.baseline.median)} ${row.unit}`
      : '-';
    const ratio = row.baseline ? `${formatNumber(rowRatio(row))}×` : '-';
    const figure = row.note === undefined ? row.figure : `${row.figure} (${row.note})`;
    lines.push(
      `| ${row.workload} | ${row.size} | ${escape(figure)} | ${formatNumber(row.median)} ${row.unit} | ${p95} | ${escape(baseline)} | ${ratio} | ${escape(row.target?.text ?? '-')} | ${verdict(row) || '-'} |`,
    );
  }
  const targets = results.rows.filter((r) => r.target !== undefined);
  if (targets.length > 0) {
    lines.push('', `Targets (stated for ${TARGET_SIZE}; other sizes in brackets):`);
    for (const row of targets) {
      lines.push(
        `- ${verdict(row)} ${row.workload} ${row.size} ${row.figure}: ${row.target?.text ?? ''}`,
      );
    }
  }
  if (results.failures.length > 0) {
    lines.push('', 'Failures:', ...results.failures.map((f) => `- ${f}`));
  }
  if (results.notes.length > 0) {
    lines.push('', 'Notes:', ...results.notes.map((n) => `- ${n}`));
  }
  if (results.skipped.length > 0) {
    lines.push('', 'Not measured:', ...results.skipped.map((s) => `- ${s}`));
  }
  return lines.join('\n');
}
