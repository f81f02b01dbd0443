/** Sends typed requests from extension pages to the background worker. */
import browser from 'webextension-polyfill';
import { type Reply, type Request, type RequestType, replyEnvelopeSchema } from './protocol';

export type RequestOf<Type extends RequestType> = Extract<Request, { type: Type }>;

/**
 * Requests that only read, so sending one again after the worker stopped mid-request cannot
 * fill, save or delete twice. The browser starts a new worker for the second attempt.
 */
const READ_ONLY: ReadonlySet<RequestType> = new Set<RequestType>([
  'getStatus',
  'search',
  'listEnterprises',
  'listSigners',
  'getLastSelection',
  'getSettings',
]);

const RETRY_DELAY_MS = 100;

async function deliver(request: Request): Promise<{ delivered: true; raw: unknown } | { delivered: false }> {
  try {
    return { delivered: true, raw: await browser.runtime.sendMessage(request) };
  } catch (error) {
    console.warn('[fta-assistant] message to the worker failed', request.type, String(error));
    return { delivered: false };
  }
}

export async function sendRequest<Type extends RequestType>(request: RequestOf<Type>): Promise<Reply<Type>> {
  let outcome = await deliver(request);
  if (!outcome.delivered && READ_ONLY.has(request.type)) {
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    outcome = await deliver(request);
  }
  if (!outcome.delivered) return { ok: false, error: { kind: 'internal' } };
  const parsed = replyEnvelopeSchema(request.type).safeParse(outcome.raw);
  if (!parsed.success) return { ok: false, error: { kind: 'internal' } };
  return parsed.data as Reply<Type>;
}
