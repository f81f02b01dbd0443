/** The 关注 toggle: pins a certificate so the status watcher polls it, or unpins it. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { CertificateError, PinKind } from '@/utils/messages/certificate-protocol';
import { sendCertificateRequest } from './request';

export interface PinToggleProps {
  kind: PinKind;
  certificateKey: string;
  label: string;
  pinned: boolean;
  onError(error: CertificateError | undefined): void;
  onChange?(): void;
}

export function PinToggle({ kind, certificateKey, label, pinned, onError, onChange }: PinToggleProps) {
  const [on, setOn] = useState(pinned);
  const [busy, setBusy] = useState(false);
  useEffect(() => setOn(pinned), [pinned, kind, certificateKey]);

  async function toggle() {
    setBusy(true);
    const reply = on
      ? await sendCertificateRequest({ type: 'unpinCertificate', kind, key: certificateKey })
      : await sendCertificateRequest({ type: 'pinCertificate', kind, key: certificateKey, label });
    setBusy(false);
    if (!reply.ok) {
      onError(reply.error);
      return;
    }
    onError(undefined);
    setOn(reply.data.pins.some((pin) => pin.kind === kind && pin.key === certificateKey));
    onChange?.();
  }

  return (
    <button type="button" aria-pressed={on} disabled={busy} onClick={() => void toggle()}>
      {on ? t('cert_pinned') : t('cert_pin')}
    </button>
  );
}
