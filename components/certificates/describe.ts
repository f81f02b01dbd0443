/** Turns a certificate error into a sentence in the UI language. */
import { t } from '@/utils/i18n';
import type { CertificateError } from '@/utils/messages/certificate-protocol';
import { describeError } from '@/utils/ui/describe-error';

/** Returns the server's own message for a `rejected` error, and the sentence of `describeError` for every other kind. */
export function describeCertificateError(error: CertificateError): string {
  if (error.kind === 'rejected') return t('cert_errorRejected', error.message ?? '');
  if (error.kind === 'invalid-request' && error.field === 'pins') return t('cert_errorTooManyPins');
  return describeError({ ...error, kind: error.kind });
}
