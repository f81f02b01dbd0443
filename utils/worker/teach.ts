/**
 * Teaching a rule: the popup starts the picker in every frame of a tab, the user points at a
 * field and picks a data source in the picker's panel, and the picker sends `teachRule` back.
 */
import browser from 'webextension-polyfill';
import type { FieldRule } from '../fill/types';
import { logInfo, logWarn } from '../log';
import type { UserError } from '../messages/protocol';
import './picker-globals';
import { addRule } from './rules-store';
import { showToast } from './toast';

/** Path of the injected picker in the built extension. */
export const TEACH_PICKER_FILE = '/teach-picker.js';

function startInFrame(): boolean {
  const start = globalThis.__ftaAssistantStartPicker;
  if (!start) return false;
  start();
  return true;
}

function stopInFrame(): void {
  globalThis.__ftaAssistantStopPicker?.();
}

export type StartTeachOutcome = { ok: true; data: { framesReached: number } } | { ok: false; error: UserError };

export async function startTeach(tabId: number): Promise<StartTeachOutcome> {
  const target = { tabId, allFrames: true };
  try {
    await browser.scripting.executeScript({ target, files: [TEACH_PICKER_FILE] });
    const results = await browser.scripting.executeScript({ target, func: startInFrame });
    const framesReached = results.filter((frame) => frame.result === true).length;
    return { ok: true, data: { framesReached } };
  } catch (error) {
    logWarn('picker injection failed', { tabId, error: String(error) });
    return { ok: false, error: { kind: 'cannot-access-page' } };
  }
}

/** Stops the picker in every frame, so a choice in one frame ends the picking in all of them. */
async function stopPickers(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: stopInFrame });
  } catch (error) {
    logWarn('picker stop failed', { tabId, error: String(error) });
  }
}

/** Stores a rule the picker in `tabId` sent for the site at `origin`, and confirms it in the toast. */
export async function saveTaughtRule(tabId: number, origin: string, rule: FieldRule): Promise<boolean> {
  const saved = await addRule(origin, rule);
  await stopPickers(tabId);
  if (!saved) {
    logWarn('rule rejected: site has too many rules', { origin });
    return false;
  }
  logInfo('rule saved', { tabId, origin, source: rule.source });
  await showToast(tabId, { kind: 'rule-saved', source: rule.source });
  return true;
}
