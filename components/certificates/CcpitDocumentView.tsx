/** A CCPIT (贸促会) document: review status, audit result, print status, its PDFs and the 关注 toggle. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { CertificateReplyData } from '@/utils/messages/certificate-protocol';
import type { PanelCallbacks } from './CertNoLookup';
import { CopyableCode } from './CopyButton';
import { PinToggle } from './PinToggle';
import { sendCertificateRequest } from './request';

type Lookup = CertificateReplyData<'ccpitLookup'>;

/** The document type the sandbox and the published print example use. */
const DEFAULT_DOC_TYPE = 'C';

export function CcpitDocumentView({ onError, onNotice, onPinsChanged }: PanelCallbacks & { onPinsChanged(): void }) {
  const [docId, setDocId] = useState('');
  const [docType, setDocType] = useState(DEFAULT_DOC_TYPE);
  const [invoiceNum, setInvoiceNum] = useState('');
  const [busy, setBusy] = useState(false);
  const [lookup, setLookup] = useState<Lookup | undefined>();

  async function lookUp(event: Event) {
    event.preventDefault();
    const query = docId.trim();
    if (query === '') return;
    setBusy(true);
    const reply = await sendCertificateRequest({ type: 'ccpitLookup', docId: query });
    setBusy(false);
    if (!reply.ok) {
      onError(reply.error);
      setLookup(undefined);
      return;
    }
    onError(undefined);
    setLookup(reply.data);
  }

  async function savePdf(kind: 'preview' | 'print') {
    if (!lookup) return;
    setBusy(true);
    const invoice = invoiceNum.trim();
    const reply = await sendCertificateRequest({
      type: 'ccpitPdf',
      docId: lookup.document.docId,
      docType: docType.trim() || DEFAULT_DOC_TYPE,
      kind,
      ...(invoice === '' ? {} : { invoiceNum: invoice }),
    });
    setBusy(false);
    if (!reply.ok) {
      onError(reply.error);
      return;
    }
    onError(undefined);
    onNotice(t('cert_downloaded', reply.data.fileName));
  }

  const document = lookup?.document;
  return (
    <section class="ccpit" aria-labelledby="ccpit-heading">
      <h3 id="ccpit-heading">{t('cert_ccpitHeading')}</h3>
      <form onSubmit={(event) => void lookUp(event)}>
        <label>
          {t('cert_docId')}
          <input value={docId} required maxLength={100} onInput={(event) => setDocId(event.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy} aria-busy={busy}>
          {t('cert_lookupButton')}
        </button>
      </form>
      {document && lookup && (
        <div class="ccpit-document">
          <dl>
            <dt>{t('cert_docId')}</dt>
            <dd>
              <CopyableCode value={document.docId} onCopied={onNotice} />
            </dd>
            <dt>{t('cert_status')}</dt>
            <dd data-field="status">{document.status}</dd>
            <dt>{t('cert_auditResult')}</dt>
            <dd data-field="audit">
              {document.auditStatus}
              {document.auditOpinion && <span class="opinion">{document.auditOpinion}</span>}
              {document.auditTime && <span class="time">{document.auditTime}</span>}
            </dd>
            <dt>{t('cert_printStatus')}</dt>
            <dd data-field="print">
              {document.printStatus}
              {document.printTime && <span class="time">{document.printTime}</span>}
            </dd>
          </dl>
          <div class="pdf-options">
            <label>
              {t('cert_docType')}
              <input value={docType} maxLength={40} onInput={(event) => setDocType(event.currentTarget.value)} />
            </label>
            <label>
              {t('cert_printInvoiceNo')}
              <input value={invoiceNum} maxLength={100} onInput={(event) => setInvoiceNum(event.currentTarget.value)} />
            </label>
          </div>
          <div class="actions">
            <button type="button" disabled={busy} onClick={() => void savePdf('preview')}>
              {t('cert_previewPdf')}
            </button>
            <button type="button" disabled={busy} onClick={() => void savePdf('print')}>
              {t('cert_printPdf')}
            </button>
            <PinToggle
              kind="ccpit"
              certificateKey={document.docId}
              label={t('cert_ccpitPinLabel', document.docId)}
              pinned={lookup.pinned}
              onError={onError}
              onChange={onPinsChanged}
            />
          </div>
        </div>
      )}
    </section>
  );
}
