/**
 * The two injections of a fill in one frame. The first describes the fields and keeps them under
 * the fill's token; the second writes the worker's decisions into the kept fields. The kept fields
 * live on the isolated world's global object, because the worker injects the fill script again
 * before each fill and a module variable of the older injection would be out of reach.
 */
import './globals';
import type { PendingFill } from './describe';
import { describeDocument } from './describe';
import { FRAME_TOO_LARGE, type FieldDecision, MAX_DESCRIPTION_LENGTH } from './descriptors';
import type { FieldRule, FillOptions, FillReport } from './types';
import type { SourceValues } from './values';
import { writeDecisions } from './write';

/**
 * Fills kept at once in one frame. A fill whose second injection never came, as when the worker
 * stopped between the two, is dropped once this many newer fills are kept.
 */
const MAX_PENDING_FILLS = 4;

export type PendingFills = Map<string, PendingFill>;

function pendingFills(): PendingFills {
  globalThis.__ftaAssistantPendingFills ??= new Map();
  return globalThis.__ftaAssistantPendingFills;
}

/**
 * Describes the fields of the frame's document and keeps them under `token` for `writeFrame`.
 * Returns the `FieldDescriptor` list as JSON, because `chrome.scripting` copies one string much
 * faster than thousands of small objects: about 100 ms against 300 ms for the whole first
 * injection on the 5,000-input page of `tests/bench/pages.ts` (Chromium 156, two cores).
 * Returns `FRAME_TOO_LARGE`, and keeps nothing, when the JSON would be longer than
 * `MAX_DESCRIPTION_LENGTH`.
 */
export function describeFrame(doc: Document, token: string, rules: readonly FieldRule[]): string {
  const { pending, descriptors } = describeDocument(doc, rules);
  const store = pendingFills();
  store.set(token, pending);
  for (const oldest of store.keys()) {
    if (store.size <= MAX_PENDING_FILLS) break;
    store.delete(oldest);
  }
  const json = JSON.stringify(descriptors);
  if (json.length <= MAX_DESCRIPTION_LENGTH) return json;
  store.delete(token);
  return FRAME_TOO_LARGE;
}

/**
 * Writes the decisions into the fields kept under `token` and deletes them from the store. Returns
 * null when the frame keeps no fields of its current document under that token, as after a navigation.
 */
export function writeFrame(
  doc: Document,
  token: string,
  decisions: readonly FieldDecision[],
  values: SourceValues,
  options: FillOptions,
): FillReport | null {
  const store = pendingFills();
  const pending = store.get(token);
  store.delete(token);
  if (!pending || pending.doc !== doc) return null;
  return writeDecisions(pending, decisions, values, options);
}
