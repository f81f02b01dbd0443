/**
 * Runs a fill in frames of a tab with two injections per frame. In the first, each frame
 * describes its fields and keeps them under a token of this fill. The worker then decides their
 * sources from the descriptions, and in the second injection the frame writes the decided fields
 * with the values of the profile's sources. Only the second injection receives those values.
 */
import browser from 'webextension-polyfill';
import { decideFields } from '../fill/decide';
import { FRAME_TOO_LARGE, type FieldDecision } from '../fill/descriptors';
import type { FieldRule, FillOptions, FillProfile, FillReport } from '../fill/types';
import { type SourceValues, sourceValues } from '../fill/values';
import { VOCABULARY } from '../fill/vocabulary';
import { logWarn } from '../log';
import { parseFrameFields } from '../messages/frame-fields';
import { fillReportSchema } from '../messages/protocol';
import { cleanPageText } from './page-text';
import '../fill/globals';

function describeInFrame(token: string, rules: FieldRule[]): string | null {
  const describe = globalThis.__ftaAssistantDescribe;
  return describe ? describe(token, rules) : null;
}

function writeInFrame(token: string, decisions: FieldDecision[], values: SourceValues, options: FillOptions): FillReport | null {
  const write = globalThis.__ftaAssistantWrite;
  return write ? write(token, decisions, values, options) : null;
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
  values: SourceValues,
  overwrite: boolean,
): Promise<FrameReport | null> {
  let results;
  try {
    results = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: writeInFrame,
      args: [token, decisions, values, { overwrite }],
    });
  } catch (error) {
    logWarn('fill write failed', { tabId, frameId, error: String(error) });
    return null;
  }
  const parsed = fillReportSchema.safeParse(results[0]?.result);
  if (!parsed.success) return null;
  // Labels, and the option texts in `shown`, come from the page.
  const filled = parsed.data.filled.map((field) => ({ ...field, label: cleanPageText(field.label), shown: cleanPageText(field.shown) }));
  const skipped = parsed.data.skipped.map((field) => ({ ...field, label: cleanPageText(field.label) }));
  return { frameId, report: { filled: filled as FillReport['filled'], skipped: skipped as FillReport['skipped'] } };
}

/**
 * Runs the first injection in one frame and returns its descriptors as JSON, or undefined when
 * the frame is gone. Frames are injected one by one, because a call that names a frame removed
 * since the frame list was read fails for every frame it names.
 */
async function describeOneFrame(tabId: number, frameId: number, token: string, rules: FieldRule[]): Promise<unknown> {
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: describeInFrame,
      args: [token, rules],
    });
    return results[0]?.result;
  } catch (error) {
    logWarn('fill describe failed', { tabId, frameId, error: String(error) });
    return undefined;
  }
}

/** Decides the sources of one frame's fields and writes them, or returns null for a frame left out. */
async function fillOneFrame(
  tabId: number,
  frameId: number,
  token: string,
  reply: unknown,
  values: SourceValues,
  options: FillOptions,
): Promise<FrameReport | null> {
  // A frame without the fill script, or one that is gone, has no reply.
  if (reply === null || reply === undefined) return null;
  if (reply === FRAME_TOO_LARGE) {
    // NOTE: the fill report does not name the frame left out, so the user sees only fewer fields.
    logWarn('fill frame left out: too many fields', { tabId, frameId });
    return null;
  }
  const fields = parseFrameFields(reply);
  if (!fields) {
    logWarn('fill frame reply invalid', { tabId, frameId });
    return null;
  }
  const decisions = decideFields(fields, VOCABULARY);
  return writeOneFrame(tabId, frameId, token, decisions, values, options.overwrite);
}

/**
 * Fills the frames of a tab, into which the fill script must already be injected, and returns
 * the report of each frame that wrote, in the order of `frameIds`. Each frame is described and
 * written separately, so a frame that was removed or navigated during the fill reports nothing
 * and the others still fill.
 */
export async function fillFrames(tabId: number, frameIds: number[], profile: FillProfile, options: FillOptions): Promise<FrameReport[]> {
  const token = crypto.randomUUID();
  const rules = options.rules ?? [];
  const values = sourceValues(profile);
  const replies = await Promise.all(frameIds.map((frameId) => describeOneFrame(tabId, frameId, token, rules)));
  const reports = await Promise.all(
    frameIds.map((frameId, position) => fillOneFrame(tabId, frameId, token, replies[position], values, options)),
  );
  return reports.filter((report) => report !== null);
}
