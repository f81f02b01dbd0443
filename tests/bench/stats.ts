/** Summary statistics and the result table that `npm run bench` prints and records. */

/** One line of the table. Times are in milliseconds, sizes in gzipped kilobytes, as `unit` states. */
export interface BenchRow {
  name: string;
  median: number;
  p95: number;
  unit: 'ms' | 'KB gz';
  /** The goal as text, such as `p95 ≤ 1 ms`; empty when the row only informs. */
  target: string;
  /** A comparison within the same run, such as `37× vs Fuse.js`; empty when there is none. */
  ratio: string;
  /** Whether the goal is met; `undefined` for a row without a goal. */
  pass: boolean | undefined;
}

/** Returns the value at quantile `q` (0..1) of `samples`, by the nearest-rank method. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new RangeError('Cannot take a quantile of no samples.');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

export function p95(samples: readonly number[]): number {
  return quantile(samples, 0.95);
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

function passText(pass: boolean | undefined): string {
  if (pass === undefined) return '';
  return pass ? 'pass' : 'FAIL';
}

/** Formats rows as a Markdown table, readable in a terminal and in `docs/benchmarks.md`. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['benchmark', 'median', 'p95', 'target', 'ratio', 'result'];
  const body = rows.map((row) => [
    row.name,
    `${formatNumber(row.median)} ${row.unit}`,
    row.unit === 'ms' && Number.isFinite(row.p95) ? `${formatNumber(row.p95)} ms` : '',
    row.target,
    row.ratio,
    passText(row.pass),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** Formats a speed-up such as `37.2×`; a value below 1 means the first is slower. */
export function formatRatio(ratio: number): string {
  return `${formatNumber(ratio)}×`;
}
