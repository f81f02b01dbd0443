/** Writes a benchmark run into `docs/benchmarks.md`, newest first. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { resolve } from 'node:path';

export const RECORD_FILE = resolve('docs/benchmarks.md');

/** Separates the hand-written part of the page from the recorded runs. */
const RECORDS_MARKER = '<!-- Runs recorded by `npm run bench -- --record`, newest first. -->';

export interface RunInfo {
  date: string;
  node: string;
  chromium: string;
  cpu: string;
  cores: number;
}

export function describeMachine(chromiumVersion: string): RunInfo {
  const cpu = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    chromium: chromiumVersion,
    cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
    cores: cpu.length,
  };
}

function heading(info: RunInfo): string {
  return `## ${info.date} · ${info.cpu}, ${info.cores} cores`;
}

/**
 * Adds the run below the marker. A run recorded earlier on the same day and the same CPU is
 * replaced, so repeated runs keep one section per day and machine.
 */
export async function recordRun(info: RunInfo, table: string): Promise<void> {
  if (!existsSync(RECORD_FILE)) throw new Error(`${RECORD_FILE} is missing; it holds the page that runs are recorded into.`);
  const page = await readFile(RECORD_FILE, 'utf8');
  const markerAt = page.indexOf(RECORDS_MARKER);
  if (markerAt < 0) throw new Error(`${RECORD_FILE} has no line "${RECORDS_MARKER}" to record below.`);
  const intro = page.slice(0, markerAt + RECORDS_MARKER.length);
  const sections = page
    .slice(markerAt + RECORDS_MARKER.length)
    .split(/\n(?=## )/)
    .map((section) => section.trim())
    .filter((section) => section !== '' && !section.startsWith(`${heading(info)}\n`));
  const section = [
    heading(info),
    '',
    `Node ${info.node}, Chromium ${info.chromium}.`,
    '',
    table,
  ].join('\n');
  await writeFile(RECORD_FILE, `${intro}\n\n${[section, ...sections].join('\n\n')}\n`);
}
