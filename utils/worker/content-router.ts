/**
 * Requests from the scripts the worker injects into web pages: the teach picker and the toast.
 * A page's own scripts cannot send runtime messages, but a hostile page can still click the
 * injected UI. So these requests return counts only, and the worker takes the tab and origin from
 * the sender that the browser fills in, never from the message.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { logWarn } from '../log';
import type { ContentReply, ContentRequestType } from '../messages/protocol';
import { contentRequestSchema } from '../messages/request-schema';
import { senderTopOrigin } from './page-origin';
import { saveTaughtRule } from './teach';
import { undoTab } from './undo';

const REJECTED = { ok: false, error: { kind: 'invalid-request' } } as const;

/** Returns true for a content script of this extension in an http or https page of a tab. */
export function isOwnContentScript(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return false;
  if (typeof sender.url !== 'string') return false;
  return sender.url.startsWith('http://') || sender.url.startsWith('https://');
}

export async function routeContentMessage(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<ContentReply<ContentRequestType>> {
  const tabId = sender.tab?.id;
  const parsed = contentRequestSchema.safeParse(message);
  if (!parsed.success || tabId === undefined) {
    logWarn('content message rejected: invalid shape', { tab: tabId, path: parsed.error?.issues[0]?.path.join('.') });
    return REJECTED;
  }
  const request = parsed.data;
  if (request.type === 'undoFill') {
    const outcome = await undoTab(tabId);
    return outcome.ok ? { ok: true, data: { restored: outcome.data.restored } } : outcome;
  }

  const origin = await senderTopOrigin(sender);
  if (origin === null) {
    logWarn('rule rejected: page origin unknown', { tab: tabId });
    return REJECTED;
  }
  const saved = await saveTaughtRule(tabId, origin, {
    selector: request.selector,
    framePath: request.framePath,
    source: request.source,
  });
  return saved ? { ok: true, data: { saved: true } } : REJECTED;
}
