/**
 * Time from opening popup.html to the first look-up result, measured inside the page: an
 * init script types the query as soon as the search box exists and records
 * `performance.now()` (milliseconds since navigation start) when the first option appears.
 * The same is timed on a bare extension page (see `baseline-page.ts`), run for run in turn with
 * the popup, so the popup's figure has a floor from the same browser and the same moment.
 */
import type { BrowserContext } from 'playwright-core';
import { DB_NAME } from '../../utils/cache/db';
import type { Sandbox } from '../e2e/support/environment';
import type { LaunchedExtension } from '../e2e/support/extension';
import { search } from '../e2e/support/popup';
import { BASELINE_PAGE } from './baseline-page';
import { type BenchRow, formatRatio, median, p95 } from './stats';

const QUERY = 'rb';
const WARM_RUNS = 20;
const CACHE_ROUNDS = 5;
/**
 * Delay the sandbox adds to every API response in the cache rows, as an estimate of a round trip
 * from a clerk's office to the API host. Over plain loopback a cold cache costs almost nothing.
 */
const API_LATENCY_MS = 80;
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

/** Deletes the extension's IndexedDB database from one of its pages, while the worker is stopped. */
async function deleteCache(extension: LaunchedExtension): Promise<void> {
  const page = await extension.context.newPage();
  try {
    await page.goto(`chrome-extension://${extension.extensionId}/${BASELINE_PAGE}`);
    const outcome = await page.evaluate(
      (name) =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve('deleted');
          request.onerror = () => resolve('failed');
          request.onblocked = () => resolve('blocked');
        }),
      DB_NAME,
    );
    if (outcome !== 'deleted') throw new Error(`Deleting the cache database ${DB_NAME} ${outcome}; close the extension's other pages and retry.`);
  } finally {
    await page.close();
  }
}

/**
 * Times the first result after the service worker restarts, in one browser. Cold: the worker
 * is stopped and the IndexedDB cache deleted, so the new worker fetches every dictionary from
 * the sandbox, which responds after `API_LATENCY_MS`. Warm: the worker is stopped only, so the
 * new worker reads IndexedDB. Rounds alternate, so both see the same machine load, and both
 * pay the worker's start and index build, so the difference is the cache alone.
 */
export async function runCacheBench(extension: LaunchedExtension, sandbox: Sandbox, log: (line: string) => void): Promise<BenchRow[]> {
  sandbox.faults.add({ route: '*', latencyMs: API_LATENCY_MS });
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let round = 0; round < CACHE_ROUNDS; round++) {
      await extension.stopWorker();
      await deleteCache(extension);
      cold.push(await timeFirstResult(extension.context, extension.extensionId));
      await extension.stopWorker();
      warm.push(await timeFirstResult(extension.context, extension.extensionId));
    }
  } finally {
    sandbox.faults.clear();
  }
  log(`cache: cold ${cold.map((ms) => ms.toFixed(0)).join(', ')} ms; warm ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  return [
    {
      name: `first result after a worker restart, cold cache (${CACHE_ROUNDS} runs, API ${API_LATENCY_MS} ms away)`,
      median: median(cold),
      p95: p95(cold),
      unit: 'ms',
      target: '',
      ratio: '',
      pass: undefined,
    },
    {
      name: `first result after a worker restart, warm cache (${CACHE_ROUNDS} runs)`,
      median: median(warm),
      p95: p95(warm),
      unit: 'ms',
      target: 'faster than cold',
      ratio: `${formatRatio(median(cold) / median(warm))} faster than cold`,
      pass: median(warm) < median(cold),
    },
  ];
}
