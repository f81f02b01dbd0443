/** Looks up certificate numbers by invoice number or by exporter code (主体标识码). */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { CertificateError } from '@/utils/messages/certificate-protocol';
import { CopyableCode } from './CopyButton';
import { sendCertificateRequest } from './request';

export interface PanelCallbacks {
  onError(error: CertificateError | undefined): void;
  onNotice(notice: string): void;
}

type LookupBy = 'invoice' | 'exporter';

export function CertNoLookup({ onError, onNotice }: PanelCallbacks) {
  const [by, setBy] = useState<LookupBy>('invoice');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [certNos, setCertNos] = useState<string[] | undefined>();

  async function lookUp(event: Event) {
    event.preventDefault();
    const query = value.trim();
    if (query === '') return;
    setBusy(true);
    const reply =
      by === 'invoice'
        ? await sendCertificateRequest({ type: 'certNosByInvoice', invNo: query })
        : await sendCertificateRequest({ type: 'certNosByExporter', exporterCode: query });
    setBusy(false);
    if (!reply.ok) {
      onError(reply.error);
      setCertNos(undefined);
      return;
    }
    onError(undefined);
    setCertNos(reply.data.certNos);
  }

  return (
    <section class="cert-lookup" aria-labelledby="cert-lookup-heading">
      <h3 id="cert-lookup-heading">{t('cert_lookupHeading')}</h3>
      <form onSubmit={(event) => void lookUp(event)}>
        <label>
          {t('cert_lookupBy')}
          <select value={by} onChange={(event) => setBy(event.currentTarget.value === 'exporter' ? 'exporter' : 'invoice')}>
            <option value="invoice">{t('cert_invoiceNo')}</option>
            <option value="exporter">{t('cert_exporterCode')}</option>
          </select>
        </label>
        <label>
          {by === 'invoice' ? t('cert_invoiceNo') : t('cert_exporterCode')}
          <input value={value} required maxLength={100} onInput={(event) => setValue(event.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy} aria-busy={busy}>
          {t('cert_lookupButton')}
        </button>
      </form>
      {certNos && certNos.length === 0 && <p>{t('cert_noCertNos')}</p>}
      {certNos && certNos.length > 0 && (
        <ul class="cert-nos" aria-label={t('cert_certNos')}>
          {certNos.map((certNo) => (
            <li key={certNo}>
              <CopyableCode value={certNo} onCopied={onNotice} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
