/**
 * Finds the origin that a tab's taught rules are stored under. Every frame of a tab uses the top
 * frame's origin, so a rule taught in a cross-origin iframe of a portal is stored with the portal
 * and applies wherever that portal embeds the frame. The frame's own path still tells rules apart.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { logWarn } from '../log';
import { ruleOriginSchema } from './rules-schema';

function httpOrigin(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const origin = new URL(url).origin;
    return ruleOriginSchema.safeParse(origin).success ? origin : null;
  } catch {
    return null;
  }
}

/** Returns the http(s) origin of the tab's top frame, or null for other pages or when the tab cannot be scripted. */
export async function topFrameOrigin(tabId: number): Promise<string | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => location.href,
    });
    return httpOrigin(typeof result?.result === 'string' ? result.result : undefined);
  } catch (error) {
    logWarn('top frame origin unavailable', { tabId, error: String(error) });
    return null;
  }
}

/**
 * Returns the top frame's origin for a message from a content script, from what the browser put
 * in `sender` and never from the message: the sender's own URL when it is the top frame, else the
 * URL of its tab, else the URL the tab's top frame reports to the extension's isolated world.
 */
export async function senderTopOrigin(sender: Runtime.MessageSender): Promise<string | null> {
  if (sender.frameId === 0) return httpOrigin(sender.url);
  const fromTab = httpOrigin(sender.tab?.url);
  if (fromTab !== null || sender.tab?.id === undefined) return fromTab;
  return topFrameOrigin(sender.tab.id);
}
