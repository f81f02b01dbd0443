/**
 * Accepts requests from the extension's own pages, parses them and calls their handler. The
 * extension's content scripts in web pages may send only the few requests `content-router.ts`
 * accepts. Messages from web pages and other extensions are rejected.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { z } from 'zod';
import type { DataDeps } from '../data/deps';
import { logWarn } from '../log';
import type { ContentReply, ContentRequestType, Reply, RequestType } from '../messages/protocol';
import { requestSchema } from '../messages/request-schema';
import { isOwnContentScript, routeContentMessage } from './content-router';
import { certificateRequestSchema, type CertificateReply, type CertificateRequestType } from '../messages/certificate-protocol';
import { certificateHandlers } from './certificate-handlers';
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
): Promise<Reply<RequestType> | ContentReply<ContentRequestType> | CertificateReply<CertificateRequestType>> {
  if (isOwnContentScript(sender)) {
    try {
      return await routeContentMessage(message, sender);
    } catch (error) {
      logWarn('content request failed', { tab: sender.tab?.id, error: String(error) });
      return { ok: false, error: { kind: 'internal' } };
    }
  }
  if (!isExtensionPage(sender)) {
    logWarn('message rejected: sender is not an extension page', { tab: sender.tab?.id });
    return { ok: false, error: { kind: 'invalid-request' } };
  }
  const certificateRequest = certificateRequestSchema.safeParse(message);
  if (certificateRequest.success) return routeCertificateRequest(certificateRequest.data, deps);
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

/** Certificate tools have their own request union; see `certificate-protocol.ts`. */
async function routeCertificateRequest(
  request: z.infer<typeof certificateRequestSchema>,
  deps: DataDeps,
): Promise<CertificateReply<CertificateRequestType>> {
  const handler = certificateHandlers[request.type] as (
    request: z.infer<typeof certificateRequestSchema>,
    deps: DataDeps,
  ) => Promise<CertificateReply<CertificateRequestType>>;
  try {
    return await handler(request, deps);
  } catch (error) {
    logWarn('handler failed', { type: request.type, error: String(error) });
    return { ok: false, error: { kind: 'internal' } };
  }
}
