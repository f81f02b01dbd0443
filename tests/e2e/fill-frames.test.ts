/**
 * Injects the built `/fill-frame.js` the way the worker does, with `chrome.scripting` and
 * `allFrames: true`, into a page whose frames are about:blank, srcdoc, sandboxed or added after
 * load. It checks which frames the real Chromium reaches, and that undo reaches the same ones.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../utils/fill/globals';
import type { FieldRule, FillProfile, FillReport, UndoReport } from '../../utils/fill/types';
import { VOCABULARY, type Vocabulary } from '../../utils/fill/vocabulary';
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

  /** Injects the fill script into all frames of the tab, then calls `call` in each, as the worker does. */
  async function runInAllFrames<T>(tabId: number, call: 'fill' | 'undo', rules: FieldRule[] = []): Promise<FrameResult<T>[]> {
    const worker = await env.extension.worker();
    return worker.evaluate(
      async ([tab, data, which, taught, vocabulary]) => {
        const target = { tabId: tab, allFrames: true };
        await chrome.scripting.executeScript({ target, files: ['/fill-frame.js'] });
        const results = await chrome.scripting.executeScript({
          target,
          func: (profileData: FillProfile, kind: string, ruleList: FieldRule[], words: Vocabulary) => {
            if (kind === 'undo') return globalThis.__ftaAssistantUndo ? globalThis.__ftaAssistantUndo() : null;
            const fill = globalThis.__ftaAssistantFill;
            return fill ? fill(profileData, { overwrite: false, rules: ruleList }, words) : null;
          },
          args: [data, which, taught, vocabulary],
        });
        return results.map((entry) => ({ frameId: entry.frameId, result: (entry.result ?? null) as T | null }));
      },
      [tabId, profile, call, rules, VOCABULARY] as const,
    );
  }

  it('fills about:blank, srcdoc, sandboxed and late frames', async () => {
    const page = await env.openPortalPage('frames-injected.html');
    await waitForFields(page, LATE_FIELDS);
    const tabId = await env.extension.tabIdOf(page);

    const results = await runInAllFrames<FillReport>(tabId, 'fill');
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
    await runInAllFrames<FillReport>(tabId, 'fill', rules);

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
    await runInAllFrames<FillReport>(tabId, 'fill');

    const undone = await runInAllFrames<UndoReport>(tabId, 'undo');
    const restored = undone.reduce((sum, entry) => sum + (entry.result?.restored ?? 0), 0);
    expect(restored).toBe(expected.fields.length);
    const readings = await readExpectedFields(page, expected);
    for (const reading of readings) {
      expect.soft(reading.actual, reading.field.selector).toBe('');
    }
    await page.close();
  });
});
