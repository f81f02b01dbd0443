/**
 * Accepts requests only from the extension's own pages, parses them and calls their handler.
 * Content scripts, web pages and other extensions get no answer.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { DataDeps } from '../data/deps';
import { logWarn } from '../log';
import { type Reply, type RequestType, requestSchema } from '../messages/protocol';
import { handlers } from './handlers';

export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const pageOrigin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(pageOrigin);
}

export async function routeMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  deps: DataDeps,
): Promise<Reply<RequestType>> {
  if (!isExtensionPage(sender)) {
    logWarn('message rejected: sender is not an extension page', { tab: sender.tab?.id });
    return { ok: false, error: { kind: 'invalid-request' } };
  }
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) {
    logWarn('message rejected: invalid shape', { path: parsed.error.issues[0]?.path.join('.') });
    return { ok: false, error: { kind: 'invalid-request' } };
  }
  const request = parsed.data;
  const handler = handlers[request.type] as (request: typeof parsed.data, deps: DataDeps) => Promise<Reply<RequestType>>;
  try {
    return await handler(request, deps);
  } catch (error) {
    logWarn('handler failed', { type: request.type, error: String(error) });
    return { ok: false, error: { kind: 'internal' } };
  }
}
