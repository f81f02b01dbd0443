/**
 * Injects the built `/fill-frame.js` the way the worker does, with `chrome.scripting` and
 * `allFrames: true`, into a page whose frames are about:blank, srcdoc, sandboxed or added after
 * load. Each frame describes its fields, the test decides them as the worker does, and each frame
 * then writes its decisions. It checks which frames the real Chromium reaches, that undo reaches
 * the same ones, and that a frame that navigated between the two injections is left alone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideFields } from '../../utils/fill/decide';
import type { FieldDecision, FieldDescriptor } from '../../utils/fill/descriptors';
import { parseFrameFields } from '../../utils/messages/frame-fields';
import '../../utils/fill/globals';
import type { FieldRule, FillProfile, FillReport, UndoReport } from '../../utils/fill/types';
import { type SourceValues, sourceValues } from '../../utils/fill/values';
import { VOCABULARY } from '../../utils/fill/vocabulary';
import { type Environment, PORTAL_DIR, startEnvironment } from './support/environment';
import { type ExpectedFile, readExpectedFields } from './support/expected';
import { resolveField } from './support/selector';

interface FrameResult<T> {
  frameId: number;
  result: T | null;
}

const LATE_FIELDS = ['#later > iframe#late >>> #qydz', '#later > iframe#late-blank >>> #qyywmc'];

async function waitForFields(page: Page, selectors: readonly string[]): Promise<void> {
  for (const selector of selectors) {
    const deadline = Date.now() + 5_000;
    for (;;) {
      try {
        await resolveField(page, selector);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await page.waitForTimeout(50);
      }
    }
  }
}

describe('fill script in every kind of frame', () => {
  let env: Environment;
  let profile: FillProfile;
  let expected: ExpectedFile;

  beforeAll(async () => {
    env = await startEnvironment();
    const profiles = JSON.parse(await readFile(join(PORTAL_DIR, 'profiles.json'), 'utf8')) as Record<string, FillProfile>;
    const found = profiles.yuanhang;
    if (!found) throw new Error('profiles.json has no yuanhang profile.');
    profile = found;
    expected = JSON.parse(await readFile(join(PORTAL_DIR, 'frames-injected.expected.json'), 'utf8')) as ExpectedFile;
  });

  afterAll(async () => {
    await env?.close();
  });

  /** Injects the fill script into all frames of the tab, as the worker does before each fill. */
  async function injectFillScript(tabId: number): Promise<void> {
    const worker = await env.extension.worker();
    await worker.evaluate(async (tab) => {
      await chrome.scripting.executeScript({ target: { tabId: tab, allFrames: true }, files: ['/fill-frame.js'] });
    }, tabId);
  }

  /** Has every frame describe its fields under `token`, as the first injection of a fill does, and parses the replies as the worker does. */
  async function describeAllFrames(tabId: number, token: string, rules: FieldRule[] = []): Promise<FrameResult<FieldDescriptor[]>[]> {
    const worker = await env.extension.worker();
    const replies = await worker.evaluate(
      async ([tab, fillToken, taught]) => {
        const results = await chrome.scripting.executeScript({
          target: { tabId: tab, allFrames: true },
          func: (key: string, ruleList: FieldRule[]) => globalThis.__ftaAssistantDescribe?.(key, ruleList) ?? null,
          args: [fillToken, taught],
        });
        return results.map((entry) => ({ frameId: entry.frameId, result: entry.result ?? null }));
      },
      [tabId, token, rules] as const,
    );
    return replies.map((reply) => ({ frameId: reply.frameId, result: parseFrameFields(reply.result) }));
  }

  /** Decides each described frame's fields as the worker does, then has each frame write its decisions. */
  async function writeAllFrames(tabId: number, token: string, described: FrameResult<FieldDescriptor[]>[]): Promise<FrameResult<FillReport>[]> {
    const writes = described.flatMap((frame) =>
      frame.result === null ? [] : [{ frameId: frame.frameId, decisions: decideFields(frame.result, VOCABULARY) }],
    );
    const worker = await env.extension.worker();
    return worker.evaluate(
      async ([tab, fillToken, data, perFrame]) => {
        const results = [];
        for (const { frameId, decisions } of perFrame) {
          const [entry] = await chrome.scripting.executeScript({
            target: { tabId: tab, frameIds: [frameId] },
            func: (key: string, decided: FieldDecision[], values: SourceValues) =>
              globalThis.__ftaAssistantWrite?.(key, decided, values, { overwrite: false }) ?? null,
            args: [fillToken, decisions, data],
          });
          results.push({ frameId, result: (entry?.result ?? null) as FillReport | null });
        }
        return results;
      },
      [tabId, token, sourceValues(profile), writes] as const,
    );
  }

  /** Runs a whole fill in every frame of the tab: injection, description, decision and write. */
  async function fillAllFrames(tabId: number, rules: FieldRule[] = []): Promise<FrameResult<FillReport>[]> {
    await injectFillScript(tabId);
    const token = crypto.randomUUID();
    return writeAllFrames(tabId, token, await describeAllFrames(tabId, token, rules));
  }

  async function undoAllFrames(tabId: number): Promise<FrameResult<UndoReport>[]> {
    const worker = await env.extension.worker();
    return worker.evaluate(async (tab) => {
      const results = await chrome.scripting.executeScript({
        target: { tabId: tab, allFrames: true },
        func: () => globalThis.__ftaAssistantUndo?.() ?? null,
      });
      return results.map((entry) => ({ frameId: entry.frameId, result: (entry.result ?? null) as UndoReport | null }));
    }, tabId);
  }

  it('fills about:blank, srcdoc, sandboxed and late frames', async () => {
    const page = await env.openPortalPage('frames-injected.html');
    await waitForFields(page, LATE_FIELDS);
    const tabId = await env.extension.tabIdOf(page);

    const results = await fillAllFrames(tabId);
    const reached = results.filter((entry) => entry.result !== null);
    // The top document and seven frames.
    expect(reached.length).toBe(8);

    const readings = await readExpectedFields(page, expected);
    for (const reading of readings) {
      expect.soft(reading.actual, reading.field.selector).toBe(reading.field.expected);
    }
    await page.close();
  });

  it('applies rules in their frame only', async () => {
    const page = await env.openPortalPage('frames-injected.html');
    await waitForFields(page, LATE_FIELDS);
    const tabId = await env.extension.tabIdOf(page);
    // Both srcdoc frames have the path `srcdoc`, but only the sandboxed one has `#lxr`.
    const rules: FieldRule[] = [
      { selector: '#lxr', framePath: 'srcdoc', source: 'signer.name' },
      { selector: '#qydz', framePath: '/frames/declarant.html', source: 'signer.tel' },
    ];
    await fillAllFrames(tabId, rules);

    expect(await (await resolveField(page, 'iframe#sandboxed >>> #lxr')).inputValue()).toBe('周文杰');
    expect(await (await resolveField(page, '#later > iframe#late >>> #qydz')).inputValue()).toBe(
      '浙江省宁波市海曙区望春工业园区杉杉路 188 号',
    );
    await page.close();
  });

  it('undoes the fill in every frame', async () => {
    const page = await env.openPortalPage('frames-injected.html');
    await waitForFields(page, LATE_FIELDS);
    const tabId = await env.extension.tabIdOf(page);
    await fillAllFrames(tabId);

    const undone = await undoAllFrames(tabId);
    const restored = undone.reduce((sum, entry) => sum + (entry.result?.restored ?? 0), 0);
    expect(restored).toBe(expected.fields.length);
    const readings = await readExpectedFields(page, expected);
    for (const reading of readings) {
      expect.soft(reading.actual, reading.field.selector).toBe('');
    }
    await page.close();
  });

  it('skips a frame that navigated between describing and writing', async () => {
    const page = await env.openPortalPage('frames-injected.html');
    await waitForFields(page, LATE_FIELDS);
    const tabId = await env.extension.tabIdOf(page);
    await injectFillScript(tabId);
    const token = crypto.randomUUID();
    const described = await describeAllFrames(tabId, token);
    const lateFrameId = described.find((frame) => frame.result?.some((field) => field.labels.identifiers.includes('qydz')))?.frameId;
    expect(lateFrameId).toBeDefined();

    const late = await (await resolveField(page, '#later > iframe#late')).contentFrame();
    if (!late) throw new Error('The late frame has no document.');
    await late.goto(late.url());
    // A second fill injects the script again before the first one writes.
    await injectFillScript(tabId);
    const written = await writeAllFrames(tabId, token, described);

    expect(written.find((frame) => frame.frameId === lateFrameId)?.result).toBeNull();
    expect(written.filter((frame) => frame.result !== null).length).toBe(7);
    const readings = await readExpectedFields(page, expected);
    for (const reading of readings) {
      const expectedValue = reading.field.selector === '#later > iframe#late >>> #qydz' ? '' : reading.field.expected;
      expect.soft(reading.actual, reading.field.selector).toBe(expectedValue);
    }
    await page.close();
  });
});
