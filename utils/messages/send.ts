/** Sends typed requests from extension pages to the background worker. */
import browser from 'webextension-polyfill';
import { type Reply, type Request, type RequestType, replyEnvelopeSchema } from './protocol';

export type RequestOf<Type extends RequestType> = Extract<Request, { type: Type }>;

export async function sendRequest<Type extends RequestType>(request: RequestOf<Type>): Promise<Reply<Type>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    return { ok: false, error: { kind: 'internal' } };
  }
  const parsed = replyEnvelopeSchema(request.type).safeParse(raw);
  if (!parsed.success) return { ok: false, error: { kind: 'internal' } };
  return parsed.data as Reply<Type>;
}
