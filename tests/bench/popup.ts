/**
 * Time from opening popup.html to the first look-up result, measured inside the page: an
 * init script types the query as soon as the search box exists and records
 * `performance.now()` (milliseconds since navigation start) when the first option appears.
 * The same is timed on a bare extension page (see `baseline-page.ts`), run for run in turn with
 * the popup, so the popup's figure has a floor from the same browser and the same moment.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { startSandbox } from '../sandbox/server';
import { type LaunchedExtension, launchExtension } from '../e2e/support/extension';
import { search, useBaseUrl } from '../e2e/support/popup';
import { BASELINE_PAGE } from './baseline-page';
import { type BenchRow, formatRatio, median, p95 } from './stats';

const QUERY = 'rb';
const WARM_RUNS = 20;
const CACHE_ROUNDS = 3;
const TARGET_WARM_MS = 50;
const RESULT_TIMEOUT_MS = 20_000;

declare global {
  // Set by the init script below: when the query was typed and when the first option showed.
  var __benchTyped: number | undefined;
  var __benchFirstOption: number | undefined;
}

/** Runs in the popup before its own scripts. */
function typeQueryAndWatch(query: string): void {
  const observer = new MutationObserver(() => {
    const box = document.querySelector<HTMLInputElement>('section.lookup input[role="combobox"]');
    if (box && globalThis.__benchTyped === undefined) {
      globalThis.__benchTyped = performance.now();
      box.value = query;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (document.querySelector('section.lookup [role="option"]')) {
      globalThis.__benchFirstOption = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Opens an extension page (the popup by default) in a new tab and returns milliseconds from navigation start to the first result. */
async function timeFirstResult(context: BrowserContext, extensionId: string, file = 'popup.html'): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript(typeQueryAndWatch, QUERY);
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    await page.waitForFunction(() => globalThis.__benchFirstOption !== undefined, undefined, { timeout: RESULT_TIMEOUT_MS });
    const ms = await page.evaluate(() => globalThis.__benchFirstOption);
    if (ms === undefined) throw new Error('The popup showed no result.');
    return ms;
  } finally {
    await page.close();
  }
}

/**
 * Times the popup, opened again and again, with the cache and the worker's index already warm,
 * and the baseline page in turn with it. `extension` must be the copy that has the baseline page.
 */
export async function runPopupBench(extension: LaunchedExtension): Promise<BenchRow[]> {
  const warmUp = await extension.openPopup();
  await search(warmUp, QUERY);
  await warmUp.close();
  await timeFirstResult(extension.context, extension.extensionId, BASELINE_PAGE);
  const samples: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    samples.push(await timeFirstResult(extension.context, extension.extensionId));
    baseline.push(await timeFirstResult(extension.context, extension.extensionId, BASELINE_PAGE));
  }
  return [
    {
      name: `popup open → first result, warm (${WARM_RUNS} runs)`,
      median: median(samples),
      p95: p95(samples),
      unit: 'ms',
      target: `median ≤ ${TARGET_WARM_MS} ms`,
      ratio: `${formatRatio(median(samples) / median(baseline))} of a bare page`,
      pass: median(samples) <= TARGET_WARM_MS,
    },
    {
      name: '  bare extension page, same look-up',
      median: median(baseline),
      p95: p95(baseline),
      unit: 'ms',
      target: '',
      ratio: '',
      pass: undefined,
    },
  ];
}

/**
 * Times the first result in a new browser. Cold is a fresh profile whose worker fetches every
 * dictionary from the sandbox. Warm is the same profile relaunched, reading IndexedDB. Both
 * start with a new service worker, so the difference is the cache alone.
 */
export async function runCacheBench(log: (line: string) => void): Promise<BenchRow[]> {
  const sandbox = await startSandbox();
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let round = 0; round < CACHE_ROUNDS; round++) {
      const profileDir = await mkdtemp(join(tmpdir(), 'fta-bench-'));
      try {
        const first = await launchExtension({ profileDir });
        try {
          await useBaseUrl(first, sandbox.url);
          cold.push(await timeFirstResult(first.context, first.extensionId));
        } finally {
          await first.close();
        }
        const second = await launchExtension({ profileDir });
        try {
          warm.push(await timeFirstResult(second.context, second.extensionId));
        } finally {
          await second.close();
        }
      } finally {
        await rm(profileDir, { recursive: true, force: true });
      }
    }
  } finally {
    await sandbox.close();
  }
  log(`cache: cold ${cold.map((ms) => ms.toFixed(0)).join(', ')} ms; warm ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  return [
    {
      name: `first result, cold cache (${CACHE_ROUNDS} launches)`,
      median: median(cold),
      p95: p95(cold),
      unit: 'ms',
      target: '',
      ratio: '',
      pass: undefined,
    },
    {
      name: `first result, warm cache (${CACHE_ROUNDS} launches)`,
      median: median(warm),
      p95: p95(warm),
      unit: 'ms',
      target: 'faster than cold',
      ratio: `${formatRatio(median(cold) / median(warm))} faster than cold`,
      pass: median(warm) < median(cold),
    },
  ];
}
