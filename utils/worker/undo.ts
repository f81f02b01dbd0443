/** Restores the last fill in every frame of a tab and reports how many fields were put back. */
import browser from 'webextension-polyfill';
import '../fill/globals';
import { logInfo, logWarn } from '../log';
import type { UserError } from '../messages/protocol';
import { runInTabQueue } from './tab-queue';
import { showToast } from './toast';

function undoInFrame(): number | null {
  const undo = globalThis.__ftaAssistantUndo;
  return undo ? undo().restored : null;
}

export type UndoOutcome = { ok: true; data: { restored: number; framesReached: number } } | { ok: false; error: UserError };

/**
 * Runs the undo of the fill script in every frame, after any fill of the tab still running. A
 * frame the fill never reached has no undo installed and counts as not reached. The toast then
 * shows the restored count.
 */
export function undoTab(tabId: number): Promise<UndoOutcome> {
  return runInTabQueue(tabId, () => undoFrames(tabId));
}

async function undoFrames(tabId: number): Promise<UndoOutcome> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: undoInFrame });
  } catch (error) {
    logWarn('undo injection failed', { tabId, error: String(error) });
    return { ok: false, error: { kind: 'cannot-access-page' } };
  }
  let restored = 0;
  let framesReached = 0;
  for (const frame of results) {
    const count: unknown = frame.result;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) continue;
    framesReached++;
    restored += count;
  }
  logInfo('undo done', { tabId, frames: framesReached, restored });
  await showToast(tabId, { kind: 'undone', restored });
  return { ok: true, data: { restored, framesReached } };
}
