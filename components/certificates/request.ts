/** Sends certificate requests to the background worker and checks each reply against its schema. */
import browser from 'webextension-polyfill';
import {
  type CertificateReply,
  type CertificateRequest,
  type CertificateRequestType,
  certificateReplyEnvelopeSchema,
} from '@/utils/messages/certificate-protocol';

export type CertificateRequestOf<Type extends CertificateRequestType> = Extract<CertificateRequest, { type: Type }>;

export async function sendCertificateRequest<Type extends CertificateRequestType>(
  request: CertificateRequestOf<Type>,
): Promise<CertificateReply<Type>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    return { ok: false, error: { kind: 'internal' } };
  }
  const parsed = certificateReplyEnvelopeSchema(request.type).safeParse(raw);
  if (!parsed.success) return { ok: false, error: { kind: 'internal' } };
  return parsed.data as CertificateReply<Type>;
}
