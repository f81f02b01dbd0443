/**
 * Gzipped sizes of the built scripts, and the page-load cost of having the extension
 * installed. The manifest declares no content script: `fill-frame.js` is injected only when
 * the user fills, so a page loads no extension code and the with/without ratio should be ~1.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { EXTENSION_DIR } from '../e2e/support/extension';
import { startStaticServer } from '../support/static-server';
import { type BenchRow, formatRatio, median, p95 } from './stats';

const TARGET_FILL_SCRIPT_KB = 10;
const TARGET_LOAD_SCRIPT_MS = 1;
/** Trace events in which a script runs or is compiled; each names the script's URL. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire', 'EventDispatch']);
const PAGE_LOADS = 12;
const PORTAL_PAGE = 'sw-co-basic.html';

async function sizesOf(file: string): Promise<{ raw: number; gzipped: number }> {
  const bytes = await readFile(join(EXTENSION_DIR, file));
  return { raw: bytes.length / 1024, gzipped: gzipSync(bytes, { level: 9 }).length / 1024 };
}

/** Files popup.html loads: its module script, preloaded chunks and stylesheets. */
async function popupFiles(): Promise<string[]> {
  const html = await readFile(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const references = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1] ?? '');
  return ['popup.html', ...references.filter((reference) => reference !== '')];
}

function sizeRow(name: string, sizes: { raw: number; gzipped: number }, targetKb?: number): BenchRow {
  return {
    name,
    median: sizes.gzipped,
    p95: Number.NaN,
    unit: 'KB gz',
    target: targetKb === undefined ? '' : `≤ ${targetKb} KB gz`,
    ratio: `${sizes.raw.toFixed(1)} KB raw`,
    pass: targetKb === undefined ? undefined : sizes.gzipped <= targetKb,
  };
}

export async function runSizeBench(): Promise<BenchRow[]> {
  const popup = await popupFiles();
  const popupSizes = await Promise.all(popup.map(sizesOf));
  const popupTotal = popupSizes.reduce(
    (sum, sizes) => ({ raw: sum.raw + sizes.raw, gzipped: sum.gzipped + sizes.gzipped }),
    { raw: 0, gzipped: 0 },
  );
  return [
    sizeRow('fill-frame.js (on demand)', await sizesOf('fill-frame.js'), TARGET_FILL_SCRIPT_KB),
    sizeRow(`popup (${popup.length} files)`, popupTotal),
    sizeRow('background.js', await sizesOf('background.js')),
  ];
}

/** Loads the page and returns milliseconds from navigation start to the end of the load event. */
async function timePageLoad(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation');
    return entry instanceof PerformanceNavigationTiming ? entry.loadEventEnd : Number.NaN;
  });
}

const traceEventSchema = z.object({
  name: z.string(),
  ph: z.string(),
  dur: z.number().optional(),
  args: z.object({ data: z.object({ url: z.string().optional(), scriptName: z.string().optional() }).optional() }).optional(),
});
type TraceEvent = z.infer<typeof traceEventSchema>;

/**
 * Loads the page once with a Chromium trace running and returns the milliseconds that scripts of
 * `chrome-extension://` URLs ran or compiled in it, from the trace's script events.
 */
async function traceExtensionScriptTime(page: Page, url: string): Promise<number> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (payload) => {
    for (const raw of payload.value) {
      const parsed = traceEventSchema.safeParse(raw);
      if (parsed.success) events.push(parsed.data);
    }
  });
  const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
  await session.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await session.send('Tracing.end');
  await complete;
  await session.detach();
  const extensionEvents = events.filter((event) => {
    const source = event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
    return event.ph === 'X' && SCRIPT_EVENTS.has(event.name) && source.startsWith('chrome-extension://');
  });
  return extensionEvents.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
}

/** Loads a portal page in a browser with and one without the extension. */
export async function runPageLoadBench(withExtension: BrowserContext, withoutExtension: BrowserContext): Promise<BenchRow[]> {
  const server = await startStaticServer(resolve('tests/fixtures/portals'));
  try {
    const url = `${server.url}${PORTAL_PAGE}`;
    const plainPage = await withoutExtension.newPage();
    const extensionPage = await withExtension.newPage();
    const without: number[] = [];
    const withIt: number[] = [];
    // Loads alternate between the browsers, so that load on the machine hits both alike. The
    // first pair warms the HTTP server and the renderers and is not counted.
    for (let load = 0; load <= PAGE_LOADS; load++) {
      const plainMs = await timePageLoad(plainPage, url);
      const extensionMs = await timePageLoad(extensionPage, url);
      if (load === 0) continue;
      without.push(plainMs);
      withIt.push(extensionMs);
    }
    const extensionScriptMs = await traceExtensionScriptTime(extensionPage, url);
    await plainPage.close();
    await extensionPage.close();
    return [
      {
        name: `extension scripts run on loading ${PORTAL_PAGE}`,
        median: extensionScriptMs,
        p95: Number.NaN,
        unit: 'ms',
        target: `≤ ${TARGET_LOAD_SCRIPT_MS} ms`,
        ratio: 'one traced load',
        pass: extensionScriptMs <= TARGET_LOAD_SCRIPT_MS,
      },
      {
        name: `page load ${PORTAL_PAGE}, extension installed`,
        median: median(withIt),
        p95: p95(withIt),
        unit: 'ms',
        target: 'no content script',
        ratio: `${formatRatio(median(withIt) / median(without))} of without`,
        pass: undefined,
      },
      {
        name: '  same page, no extension',
        median: median(without),
        p95: p95(without),
        unit: 'ms',
        target: '',
        ratio: '',
        pass: undefined,
      },
    ];
  } finally {
    await server.close();
  }
}
