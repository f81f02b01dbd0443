/**
 * Sends the options page's administration requests to the worker and checks each reply against
 * its schema, as `sendRequest` in send.ts does for the other requests.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { type AdminReply, type AdminRequestOf, type AdminRequestType, adminReplySchemas } from './admin-protocol';
import { userErrorSchema } from './protocol';

export function adminReplyEnvelopeSchema<Type extends AdminRequestType>(type: Type) {
  return z.union([
    z.object({ ok: z.literal(true), data: adminReplySchemas[type] }),
    z.object({ ok: z.literal(false), error: userErrorSchema }),
  ]);
}

export async function sendAdminRequest<Type extends AdminRequestType>(
  request: AdminRequestOf<Type>,
): Promise<AdminReply<Type>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    return { ok: false, error: { kind: 'internal' } };
  }
  const parsed = adminReplyEnvelopeSchema(request.type).safeParse(raw);
  if (!parsed.success) return { ok: false, error: { kind: 'internal' } };
  return parsed.data as AdminReply<Type>;
}
