/**
 * Runs the fill engine on every portal fixture in Chromium, without the extension. The engine is
 * bundled to one script and injected into each frame, as the extension's worker does. The fields
 * are then compared with the fixture's expected file.
 *
 * Set FILL_ENGINE_REPORT=1 to print each fixture's fill report.
 *
 * The file also checks undo on framework-bound pages and that `selectorFor` names every field again.
 * The last corpus test asserts the goals: no wrong write, no trap touched, recall of at least 98%.
 *
 * Drawn widget faces (`proxyOf` fields) are counted apart: the engine sets the native control,
 * and showing the choice in the drawn widget is a separate step that does not exist yet.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FillProfile, FillReport, UndoReport } from '../../utils/fill/types';
import { type StaticServer, startStaticServer } from '../support/static-server';
import { type ExpectedFile, type FieldReading, readExpectedFields } from './support/expected';
import { resolveField } from './support/selector';

const FIXTURE_DIR = resolve('tests/fixtures/portals');
const FILL_DIR = resolve('utils/fill');

/** Source of the bundle injected into each frame: the engine, undo, and a check of `selectorFor`. */
const BUNDLE_SOURCE = `
import { collectFields } from ${JSON.stringify(join(FILL_DIR, 'collect.ts'))};
import { VOCABULARY } from ${JSON.stringify(join(FILL_DIR, 'vocabulary.ts'))};
import { queryDeep } from ${JSON.stringify(join(FILL_DIR, 'deep-query.ts'))};
import { fillDocument } from ${JSON.stringify(join(FILL_DIR, 'engine.ts'))};
import { selectorFor } from ${JSON.stringify(join(FILL_DIR, 'selector-for.ts'))};
import { undoLastFill } from ${JSON.stringify(join(FILL_DIR, 'undo.ts'))};
globalThis.__fillDocument = fillDocument;
globalThis.__undoLastFill = undoLastFill;
globalThis.__selectorsRoundTrip = (doc) =>
  collectFields(doc, VOCABULARY).map((field) => {
    const selector = selectorFor(field.element);
    return { selector, found: queryDeep(doc, selector) === field.element };
  });
`;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * A step run after the page loads and before the fill: click an element, wait until a selector
 * resolves (it may cross frames and shadow roots), or wait a number of milliseconds.
 */
interface FixtureStep {
  click?: string;
  waitFor?: string;
  waitMs?: number;
}

/** An expected file, with the corpus's optional steps that bring the form on screen. */
interface CorpusFile extends ExpectedFile {
  before?: FixtureStep[];
}

/** The corpus goals: no wrong write at all, and at most 2% of the fields to fill missed. */
const MIN_RECALL = 0.98;

async function waitForField(page: Page, selector: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      await resolveField(page, selector);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.waitForTimeout(50);
    }
  }
}

async function runSteps(page: Page, steps: readonly FixtureStep[]): Promise<void> {
  for (const step of steps) {
    if (step.waitFor !== undefined) await waitForField(page, step.waitFor);
    if (step.click !== undefined) await (await resolveField(page, step.click)).click();
    if (step.waitMs !== undefined) await page.waitForTimeout(step.waitMs);
  }
}

declare global {
  // Installed in each frame by the bundled engine script.
  var __fillDocument: ((doc: Document, profile: FillProfile, options: { overwrite: boolean }) => FillReport) | undefined;
  var __undoLastFill: ((doc: Document) => UndoReport) | undefined;
  // Returns, for every data field of the document, whether `selectorFor` names it again through `queryDeep`.
  var __selectorsRoundTrip: ((doc: Document) => { selector: string; found: boolean }[]) | undefined;
}

/** Bundles the engine into one classic script that installs the globals declared above. */
async function bundleEngine(): Promise<string> {
  const result = await build({
    stdin: {
      contents: BUNDLE_SOURCE,
      resolveDir: resolve('.'),
      loader: 'ts',
    },
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

/** Injects the engine into every frame of the page, nested ones included, and runs it. */
async function fillAllFrames(page: Page, bundle: string, profile: FillProfile): Promise<FillReport> {
  const report: FillReport = { filled: [], skipped: [] };
  for (const frame of page.frames()) {
    await frame.addScriptTag({ content: bundle });
    const frameReport = await frame.evaluate(([data, options]) => {
      const fill = globalThis.__fillDocument;
      if (!fill) throw new Error('The fill engine script did not install __fillDocument.');
      return fill(document, data, options);
    }, [profile, { overwrite: false }] as const);
    report.filled.push(...frameReport.filled);
    report.skipped.push(...frameReport.skipped);
  }
  return report;
}

interface Tally {
  /** Fields a correct fill writes, and how many of them hold the expected value. */
  toFill: number;
  filledRight: number;
  /** Fields whose value the fill changed, and how many of those changes were wrong. */
  changed: number;
  changedWrong: number;
  /** Fields that must stay as loaded, and how many of them changed. */
  traps: number;
  trapsTouched: number;
  /** Drawn widget faces, not compared yet, and how many already show the expected text. */
  proxies: number;
  proxiesRight: number;
}

const tally: Tally = {
  toFill: 0,
  filledRight: 0,
  changed: 0,
  changedWrong: 0,
  traps: 0,
  trapsTouched: 0,
  proxies: 0,
  proxiesRight: 0,
};

function count(before: FieldReading[], after: FieldReading[]): void {
  after.forEach((reading, index) => {
    const { field } = reading;
    const loaded = before[index];
    const right = reading.actual === field.expected && (field.expectedText === undefined || reading.actualText === field.expectedText);
    if (field.proxyOf) {
      tally.proxies++;
      if (right) tally.proxiesRight++;
      return;
    }
    const changed = loaded !== undefined && loaded.actual !== reading.actual;
    if (changed) {
      tally.changed++;
      if (!right || field.mustNotChange) tally.changedWrong++;
    }
    if (field.mustNotChange) {
      tally.traps++;
      if (changed) tally.trapsTouched++;
    } else {
      tally.toFill++;
      if (right) tally.filledRight++;
    }
  });
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

function printReport(name: string, report: FillReport): void {
  const lines = [`${name}:`];
  for (const entry of report.filled) lines.push(`  filled  ${entry.label} <- ${entry.source} = ${entry.shown}`);
  for (const entry of report.skipped) lines.push(`  skipped ${entry.label} (${entry.source}): ${entry.reason}`);
  console.log(lines.join('\n'));
}

const fixtureNames = (await readdir(FIXTURE_DIR))
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.replace(/\.expected\.json$/, ''))
  .sort();

describe('fill engine on portal fixtures', () => {
  let server: StaticServer;
  let browser: Browser;
  let bundle: string;
  let profiles: Record<string, FillProfile>;

  beforeAll(async () => {
    bundle = await bundleEngine();
    profiles = JSON.parse(await readFile(join(FIXTURE_DIR, 'profiles.json'), 'utf8')) as Record<string, FillProfile>;
    server = await startStaticServer(FIXTURE_DIR);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    const lines = [
      `fill engine over ${fixtureNames.length} fixtures:`,
      `  recall    ${tally.filledRight}/${tally.toFill} fields to fill hold the expected value (${percent(tally.filledRight, tally.toFill)})`,
      `  precision ${tally.changed - tally.changedWrong}/${tally.changed} changed fields are right (${percent(tally.changed - tally.changedWrong, tally.changed)})`,
      `  traps     ${tally.trapsTouched}/${tally.traps} fields that must not change were changed`,
      `  widgets   ${tally.proxiesRight}/${tally.proxies} drawn select faces show the choice (not compared)`,
    ];
    console.log(lines.join('\n'));
  });

  it.each(fixtureNames)('fills %s as expected', async (name) => {
    const expected = JSON.parse(await readFile(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as CorpusFile;
    const profile = profiles[expected.profile];
    expect(profile, `profile ${expected.profile}`).toBeDefined();
    if (!profile) return;

    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}${expected.page}`, { waitUntil: 'load' });
      await runSteps(page, expected.before ?? []);
      const before = await readExpectedFields(page, expected);
      const report = await fillAllFrames(page, bundle, profile);
      if (process.env.FILL_ENGINE_REPORT === '1') printReport(name, report);
      await page.waitForTimeout(expected.settleMs ?? 0);
      const after = await readExpectedFields(page, expected);
      count(before, after);
      // A fill of a field the expected file does not list shows up as a report entry without a changed field.
      const changedFields = after.filter((reading, index) => !reading.field.proxyOf && reading.actual !== before[index]?.actual);
      expect.soft(report.filled.length, `${name} report lists fields the expected file does not`).toBe(changedFields.length);

      for (const reading of after) {
        const { field } = reading;
        if (field.proxyOf) continue;
        expect.soft(reading.actual, `${name} ${field.selector}`).toBe(field.expected);
        if (field.expectedText !== undefined) {
          expect.soft(reading.actualText, `${name} ${field.selector} text`).toBe(field.expectedText);
        }
      }
      for (const entry of report.filled) {
        expect.soft(entry.shown, `${name} report shows an ID number in clear`).not.toMatch(/\d{17}[\dX]/);
        expect.soft(entry.frame, `${name} report frame keeps the query`).not.toMatch(/[?#]/);
      }
    } finally {
      await context.close();
    }
  });

  it('meets the precision and recall goals', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(22);
    expect(tally.changedWrong, 'wrong writes').toBe(0);
    expect(tally.trapsTouched, 'fields that must not change were changed').toBe(0);
    expect(tally.filledRight / tally.toFill).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  // The drawn text of layui select widgets changes only through the page's own form.render(),
  // which the extension runs in the page's world; popup-fill.test.ts checks it with the built
  // extension, since this file injects the engine without it.

  it('shows the choice in select2 and chosen faces', async () => {
    const profile = profiles.yuanhang;
    if (!profile) throw new Error('profiles.json has no yuanhang profile.');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}sw-co-select2.html`, { waitUntil: 'load' });
      await fillAllFrames(page, bundle, profile);
      expect(await page.locator('#select2-mdg-container').textContent()).toBe('116-日本');
      expect(await page.locator('#qzjg_chosen .chosen-single span').textContent()).toBe('宁波海关');
      expect(await page.locator('#sfdy').isChecked()).toBe(false);
    } finally {
      await context.close();
    }
  });

  /**
   * Fields an undo cannot put back in a framework's state: a radio group that had no radio
   * checked, because unchecking a radio fires no event the framework would read.
   */
  const UNDO_GAPS: Record<string, string[]> = { 'vue-like': ['#aplAddGroup'] };

  it.each(['react-like-filing', 'vue-like', 'element-ui-form', 'sw-co-select2', 'frames-injected'])(
    'undoes the fill of %s',
    async (name) => {
      const expected = JSON.parse(await readFile(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as CorpusFile;
      const profile = profiles[expected.profile];
      if (!profile) throw new Error(`profiles.json has no ${expected.profile} profile.`);
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}${expected.page}`, { waitUntil: 'load' });
        await runSteps(page, expected.before ?? []);
        const loaded = await readExpectedFields(page, expected);
        const filled = await fillAllFrames(page, bundle, profile);
        await page.waitForTimeout(expected.settleMs ?? 0);

        let restored = 0;
        for (const frame of page.frames()) {
          restored += await frame.evaluate(() => globalThis.__undoLastFill?.(document).restored ?? 0);
        }
        expect(restored).toBeGreaterThanOrEqual(filled.filled.length);
        await page.waitForTimeout(expected.settleMs ?? 0);
        const after = await readExpectedFields(page, expected);
        after.forEach((reading, index) => {
          if (UNDO_GAPS[name]?.includes(reading.field.selector)) return;
          expect.soft(reading.actual, `${name} ${reading.field.selector}`).toBe(loaded[index]?.actual);
        });
      } finally {
        await context.close();
      }
    },
  );

  it.each(['shadow-form', 'sw-desk-iframe', 'element-ui-form', 'react-like-filing', 'sw-co-legacy', 'table-spans'])(
    'names every field of %s again with selectorFor',
    async (name) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}${name}.html`, { waitUntil: 'load' });
        for (const frame of page.frames()) {
          await frame.addScriptTag({ content: bundle });
          const results = await frame.evaluate(() => globalThis.__selectorsRoundTrip?.(document) ?? []);
          for (const result of results) expect.soft(result.found, `${name} ${frame.url()} ${result.selector}`).toBe(true);
        }
      } finally {
        await context.close();
      }
    },
  );

  it('skips a field the page covers mid-fill', async () => {
    const profile = profiles.yuanhang;
    if (!profile) throw new Error('profiles.json has no yuanhang profile.');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // Writing the name opens a cover over the phone field, as a page's dialog would.
      await page.setContent(`
        <p><label for="name">企业中文名称</label><input id="name"></p>
        <p><label for="tel">企业电话</label><span style="position:relative;display:inline-block"><input id="tel"
          ><span id="cover" hidden style="position:absolute;inset:-4px;background:white"></span></span></p>
        <script>
          document.getElementById('name').addEventListener('change', () => {
            document.getElementById('cover').hidden = false;
          });
        </script>`);
      const report = await fillAllFrames(page, bundle, profile);
      expect(await page.inputValue('#name')).toBe(profile.enterprise.enterpriseCnName);
      expect(await page.inputValue('#tel')).toBe('');
      const phone = report.skipped.find((entry) => entry.source === 'enterprise.exporterTel');
      expect(phone?.reason).toBe('hidden');
    } finally {
      await context.close();
    }
  });

  it('masks the signer ID number in the report', async () => {
    const profile = profiles.yuanhang;
    if (!profile) throw new Error('profiles.json has no yuanhang profile.');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}ccpit-signer.html`, { waitUntil: 'load' });
      const report = await fillAllFrames(page, bundle, profile);
      const identity = report.filled.find((entry) => entry.source === 'signer.identity');
      expect(identity?.shown).toBe('3302**********1236');
      expect(identity?.label).toBe('证件号码');
      expect(identity?.frame).toBe(`${server.url}ccpit-signer.html`);
      const email = report.skipped.find((entry) => entry.label === '电子邮箱');
      expect(email).toBeUndefined();
      const readonlyName = report.skipped.find((entry) => entry.source === 'enterprise.enterpriseCnName');
      expect(readonlyName?.reason).toBe('readonly');
    } finally {
      await context.close();
    }
  });

  it('reports frames without their query string', async () => {
    const profile = profiles.yuanhang;
    if (!profile) throw new Error('profiles.json has no yuanhang profile.');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}sw-desk-iframe.html`, { waitUntil: 'load' });
      const report = await fillAllFrames(page, bundle, profile);
      const frames = new Set(report.filled.map((entry) => entry.frame));
      expect([...frames]).toEqual([`${server.url}frames/sw-desk-form.html`]);
    } finally {
      await context.close();
    }
  });
});
