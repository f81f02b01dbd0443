/**
 * `fillDocument` timed inside the page, in Chromium without the extension. The engine is
 * bundled with esbuild and injected into each frame, as the worker injects `fill-frame.js`.
 * Each call is a whole fill of the frame: collect and describe the fields, decide their sources,
 * write them. The extension runs the decision in the worker between two injections; those round
 * trips are not timed. A frame's time runs from the call to its return. A page's time is the sum
 * over its frames, which is what filling them one after another would take.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import type { FillProfile } from '../../utils/fill/types';
import { startStaticServer } from '../support/static-server';
import { FRAME_FIELD_COUNTS, LARGE_INPUT_COUNT, writeFillPages } from './pages';
import { type BenchRow, median, p95 } from './stats';

const FRAME_RUNS = 15;
const LARGE_RUNS = 5;
const TARGET_FRAMES_MS = 50;
const TARGET_LARGE_MS = 150;

declare global {
  // Installed in each frame by the bundle below.
  var __benchFill: ((profile: FillProfile) => { ms: number; filled: number }) | undefined;
}

const BUNDLE_SOURCE = `
import { fillDocument } from ${JSON.stringify(resolve('utils/fill/engine.ts'))};
globalThis.__benchFill = (profile) => {
  const start = performance.now();
  const report = fillDocument(document, profile, { overwrite: false });
  return { ms: performance.now() - start, filled: report.filled.length };
};
`;

async function bundleEngine(): Promise<string> {
  const result = await build({
    stdin: { contents: BUNDLE_SOURCE, resolveDir: resolve('.'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome110',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for the fill engine.');
  return output.text;
}

async function fillOnce(page: Page, url: string, bundle: string, profile: FillProfile): Promise<{ ms: number; filled: number }> {
  await page.goto(url, { waitUntil: 'load' });
  let ms = 0;
  let filled = 0;
  for (const frame of page.frames()) {
    await frame.addScriptTag({ content: bundle });
    const result = await frame.evaluate((data) => {
      const fill = globalThis.__benchFill;
      if (!fill) throw new Error('The bench bundle did not install __benchFill.');
      return fill(data);
    }, profile);
    ms += result.ms;
    filled += result.filled;
  }
  return { ms, filled };
}

async function timeRuns(page: Page, url: string, runs: number, bundle: string, profile: FillProfile) {
  await fillOnce(page, url, bundle, profile);
  const samples: number[] = [];
  let filled = 0;
  for (let run = 0; run < runs; run++) {
    const result = await fillOnce(page, url, bundle, profile);
    samples.push(result.ms);
    filled = result.filled;
  }
  return { samples, filled };
}

export async function runFillBench(browser: Browser, workDir: string, log: (line: string) => void): Promise<BenchRow[]> {
  const pagesDir = join(workDir, 'fill-pages');
  const pages = await writeFillPages(pagesDir);
  const profiles = JSON.parse(await readFile(resolve('tests/fixtures/portals/profiles.json'), 'utf8')) as Record<string, FillProfile>;
  const profile = profiles.yuanhang;
  if (!profile) throw new Error('tests/fixtures/portals/profiles.json has no "yuanhang" profile.');
  const bundle = await bundleEngine();
  const server = await startStaticServer(pagesDir);
  const page = await browser.newPage();
  try {
    const frames = await timeRuns(page, `${server.url}${pages.frames}`, FRAME_RUNS, bundle, profile);
    const fieldCount = FRAME_FIELD_COUNTS.reduce((sum, count) => sum + count, 0);
    log(`fill: ${fieldCount} fields in 3 frames, ${frames.filled} filled per run`);
    const large = await timeRuns(page, `${server.url}${pages.large}`, LARGE_RUNS, bundle, profile);
    log(`fill: ${LARGE_INPUT_COUNT} inputs, ${large.filled} filled per run`);
    return [
      {
        name: `fill ${fieldCount} fields in 3 frames`,
        median: median(frames.samples),
        p95: p95(frames.samples),
        unit: 'ms',
        target: `median ≤ ${TARGET_FRAMES_MS} ms`,
        ratio: '',
        pass: median(frames.samples) <= TARGET_FRAMES_MS,
      },
      {
        name: `fill ${LARGE_INPUT_COUNT} inputs`,
        median: median(large.samples),
        p95: p95(large.samples),
        unit: 'ms',
        target: `median ≤ ${TARGET_LARGE_MS} ms`,
        ratio: '',
        pass: median(large.samples) <= TARGET_LARGE_MS,
      },
    ];
  } finally {
    await page.close();
    await server.close();
  }
}
