/**
 * Runs a fill in frames of a tab with two injections per frame. In the first, each frame
 * describes its fields and keeps them under a token of this fill. The worker then decides their
 * sources from the descriptions, and in the second injection the frame writes the decided fields
 * with the profile. Only the second injection receives the profile.
 */
import browser from 'webextension-polyfill';
import { decideFields } from '../fill/decide';
import type { FieldDecision } from '../fill/descriptors';
import type { FieldRule, FillOptions, FillProfile, FillReport } from '../fill/types';
import { VOCABULARY } from '../fill/vocabulary';
import { logWarn } from '../log';
import { parseFrameFields } from '../messages/frame-fields';
import { fillReportSchema } from '../messages/protocol';
import '../fill/globals';

function describeInFrame(token: string, rules: FieldRule[]): string | null {
  const describe = globalThis.__ftaAssistantDescribe;
  return describe ? describe(token, rules) : null;
}

function writeInFrame(token: string, decisions: FieldDecision[], profile: FillProfile, options: FillOptions): FillReport | null {
  const write = globalThis.__ftaAssistantWrite;
  return write ? write(token, decisions, profile, options) : null;
}

/** The report of one frame. */
export interface FrameReport {
  frameId: number;
  report: FillReport;
}

/**
 * Writes the decisions into one frame. Returns null when the frame is gone, or when it navigated
 * since it described its fields, because the new document has no fields under the token.
 */
async function writeOneFrame(
  tabId: number,
  frameId: number,
  token: string,
  decisions: FieldDecision[],
  profile: FillProfile,
  overwrite: boolean,
): Promise<FrameReport | null> {
  let results;
  try {
    results = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: writeInFrame,
      args: [token, decisions, profile, { overwrite }],
    });
  } catch (error) {
    logWarn('fill write failed', { tabId, frameId, error: String(error) });
    return null;
  }
  const parsed = fillReportSchema.safeParse(results[0]?.result);
  if (!parsed.success) return null;
  return {
    frameId,
    report: { filled: parsed.data.filled as FillReport['filled'], skipped: parsed.data.skipped as FillReport['skipped'] },
  };
}

/**
 * Fills the frames of a tab, into which the fill script must already be injected, and returns
 * the report of each frame that wrote, in the order the first injection listed the frames. Rejects
 * when the first injection fails. Each frame is written separately, so a frame that was removed
 * or navigated after it described its fields reports nothing and the others still fill.
 */
export async function fillFrames(tabId: number, frameIds: number[], profile: FillProfile, options: FillOptions): Promise<FrameReport[]> {
  const token = crypto.randomUUID();
  const described = await browser.scripting.executeScript({
    target: { tabId, frameIds },
    func: describeInFrame,
    args: [token, options.rules ?? []],
  });
  const writes = described.map((frame) => {
    // A frame without the fill script returns null.
    if (frame.result === null || frame.result === undefined) return null;
    const fields = parseFrameFields(frame.result);
    if (!fields) {
      logWarn('fill frame reply invalid', { tabId, frameId: frame.frameId });
      return null;
    }
    const decisions = decideFields(fields, VOCABULARY);
    return writeOneFrame(tabId, frame.frameId, token, decisions, profile, options.overwrite);
  });
  const reports = await Promise.all(writes);
  return reports.filter((report) => report !== null);
}
