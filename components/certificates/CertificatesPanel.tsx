/**
 * The popup's certificate tab: certificate-number look-ups, a CCPIT document, the customs
 * certificate list and detail, and the pinned certificates. Opening it marks the watcher's
 * changes seen, which clears the toolbar badge.
 */
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '@/components/Alert';
import { t } from '@/utils/i18n';
import type { CertificateError, PinView } from '@/utils/messages/certificate-protocol';
import { CcpitDocumentView } from './CcpitDocumentView';
import { CertNoLookup } from './CertNoLookup';
import { CustomsDetail } from './CustomsDetail';
import { CustomsList } from './CustomsList';
import { PinList } from './PinList';
import { describeCertificateError } from './describe';
import { sendCertificateRequest } from './request';
import './certificates.css';

/** The part of the tab an error belongs to; each shows its own error above itself. */
type ErrorSource = 'lookup' | 'ccpit' | 'customs' | 'pins';

export function CertificatesPanel() {
  const [errors, setErrors] = useState<Partial<Record<ErrorSource, CertificateError>>>({});
  const [notice, setNotice] = useState('');
  const [pins, setPins] = useState<PinView[]>([]);
  const [openId, setOpenId] = useState<number | undefined>();

  const errorSetter = (source: ErrorSource) => (error: CertificateError | undefined) => {
    // A new error replaces the last notice, so "downloaded" never sits beside a later failure.
    if (error !== undefined) setNotice('');
    setErrors((previous) => (previous[source] === error ? previous : { ...previous, [source]: error }));
  };

  async function loadPins() {
    const reply = await sendCertificateRequest({ type: 'listPins' });
    if (reply.ok) setPins(reply.data.pins);
    errorSetter('pins')(reply.ok ? undefined : reply.error);
  }

  useEffect(() => {
    // The list still shows which pins changed; the marks are cleared for the next opening.
    void loadPins().then(() => sendCertificateRequest({ type: 'markChangesSeen' }));
  }, []);

  async function unpin(pin: PinView) {
    const reply = await sendCertificateRequest({ type: 'unpinCertificate', kind: pin.kind, key: pin.key });
    if (reply.ok) setPins(reply.data.pins);
    errorSetter('pins')(reply.ok ? undefined : reply.error);
  }

  const alertFor = (source: ErrorSource) => {
    const error = errors[source];
    return <Alert messages={error ? [describeCertificateError(error)] : []} />;
  };
  const callbacks = { onNotice: setNotice };

  return (
    <section class="certificates" aria-labelledby="certificates-heading">
      <h2 id="certificates-heading">{t('cert_heading')}</h2>
      <div class="cert-part">
        {alertFor('lookup')}
        <CertNoLookup {...callbacks} onError={errorSetter('lookup')} />
      </div>
      <div class="cert-part">
        {alertFor('ccpit')}
        <CcpitDocumentView {...callbacks} onError={errorSetter('ccpit')} onPinsChanged={() => void loadPins()} />
      </div>
      <div class="cert-part">
        {alertFor('customs')}
        {openId === undefined ? (
          <CustomsList {...callbacks} onError={errorSetter('customs')} onOpen={setOpenId} />
        ) : (
          <CustomsDetail
            {...callbacks}
            id={openId}
            onError={errorSetter('customs')}
            onBack={() => setOpenId(undefined)}
            onPinsChanged={() => void loadPins()}
          />
        )}
      </div>
      <div class="cert-part">
        {alertFor('pins')}
        <PinList pins={pins} onUnpin={(pin) => void unpin(pin)} />
      </div>
      <p class="notice" role="status">
        {notice}
      </p>
    </section>
  );
}
