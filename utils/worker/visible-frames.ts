/**
 * Picks the frames of a tab that the user can see, so data never goes into an invisible frame
 * that a page embeds to collect what the fill writes. Parents tell their child frames whether
 * their `<iframe>` elements are visible (see `utils/fill/child-frames.ts`); the fill script must
 * already be injected in every frame.
 */
import browser from 'webextension-polyfill';
import { z } from 'zod';
import '../fill/globals';

/** Rounds of parent-to-child notices: a hidden frame's subtree is known this many levels deep. */
const NOTICE_ROUNDS = 4;
/** Time for the last round's messages to arrive, in milliseconds. */
const DELIVERY_WAIT_MS = 30;

function armFrame(nonce: string): void {
  globalThis.__ftaAssistantFrameCheck?.arm(nonce);
}

function notifyChildFrames(): void {
  globalThis.__ftaAssistantFrameCheck?.notifyChildren();
}

function isFrameHiddenByParent(): boolean {
  return globalThis.__ftaAssistantFrameCheck?.isHiddenByParent() ?? false;
}

export async function visibleFrameIds(tabId: number): Promise<number[]> {
  const target = { tabId, allFrames: true };
  const nonce = crypto.randomUUID();
  await browser.scripting.executeScript({ target, func: armFrame, args: [nonce] });
  for (let round = 0; round < NOTICE_ROUNDS; round++) {
    await browser.scripting.executeScript({ target, func: notifyChildFrames });
  }
  await new Promise((resolve) => setTimeout(resolve, DELIVERY_WAIT_MS));
  const results = await browser.scripting.executeScript({ target, func: isFrameHiddenByParent });
  return results
    .filter((result) => z.boolean().safeParse(result.result).data === false)
    .map((result) => result.frameId);
}
