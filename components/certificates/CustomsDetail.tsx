/** One customs certificate: its header, goods lines, attached documents, XML files and 关注 toggle. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { CertificateReplyData } from '@/utils/messages/certificate-protocol';
import type { PanelCallbacks } from './CertNoLookup';
import { CopyableCode } from './CopyButton';
import { PinToggle } from './PinToggle';
import { sendCertificateRequest } from './request';

type Detail = CertificateReplyData<'getCustomsCertificate'>;

export interface CustomsDetailProps extends PanelCallbacks {
  id: number;
  onBack(): void;
  onPinsChanged(): void;
}

export function CustomsDetail({ id, onBack, onError, onNotice, onPinsChanged }: CustomsDetailProps) {
  const [detail, setDetail] = useState<Detail | undefined>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    setFailed(false);
    void sendCertificateRequest({ type: 'getCustomsCertificate', id }).then((reply) => {
      if (!current) return;
      if (!reply.ok) {
        setFailed(true);
        onError(reply.error);
        return;
      }
      onError(undefined);
      setDetail(reply.data);
    });
    return () => {
      current = false;
    };
  }, [id, attempt]);

  async function saveXml(kind: 'certificate' | 'documents') {
    if (!detail) return;
    setBusy(true);
    const reply = await sendCertificateRequest({ type: 'certificateXml', ciqRegNo: detail.certificate.ciqRegNo, kind });
    setBusy(false);
    if (!reply.ok) {
      onError(reply.error);
      return;
    }
    onError(undefined);
    onNotice(t('cert_downloaded', reply.data.fileName));
  }

  const certificate = detail?.certificate;
  return (
    <section class="customs-detail" aria-labelledby="customs-detail-heading">
      <button type="button" onClick={onBack}>
        {t('cert_back')}
      </button>
      <h3 id="customs-detail-heading">
        {certificate ? certificate.certNo || t('cert_noCertNo') : t(failed ? 'cert_detailFailed' : 'cert_detailLoading')}
      </h3>
      {failed && !certificate && (
        <button type="button" onClick={() => setAttempt(attempt + 1)}>
          {t('cert_retry')}
        </button>
      )}
      {certificate && detail && (
        <>
          <dl>
            <dt>{t('cert_certNo')}</dt>
            <dd>{certificate.certNo ? <CopyableCode value={certificate.certNo} onCopied={onNotice} /> : '—'}</dd>
            <dt>{t('cert_ciqRegNo')}</dt>
            <dd>
              <CopyableCode value={certificate.ciqRegNo} onCopied={onNotice} />
            </dd>
            <dt>{t('cert_invoiceNo')}</dt>
            <dd>
              <CopyableCode value={certificate.invNo} onCopied={onNotice} /> {certificate.invDate}
            </dd>
            <dt>{t('cert_status')}</dt>
            <dd data-field="status">{certificate.status}</dd>
            <dt>{t('cert_certType')}</dt>
            <dd>{certificate.certType}</dd>
            <dt>{t('cert_consignee')}</dt>
            <dd class="multiline">{certificate.consignee}</dd>
          </dl>
          <h4>{t('cert_goods')}</h4>
          <table class="goods">
            <thead>
              <tr>
                <th scope="col">{t('cert_goodsNo')}</th>
                <th scope="col">{t('cert_hsCode')}</th>
                <th scope="col">{t('cert_goodsName')}</th>
                <th scope="col">{t('cert_quantity')}</th>
                <th scope="col">{t('cert_criterion')}</th>
              </tr>
            </thead>
            <tbody>
              {certificate.goods.map((goods, index) => (
                <tr key={`${goods.gNo}-${index}`}>
                  <td>{goods.gNo}</td>
                  <td>
                    <CopyableCode value={goods.hsCode} onCopied={onNotice} />
                  </td>
                  <td>
                    {goods.goodsName}
                    <span class="hit-sub">{goods.goodsNameE}</span>
                  </td>
                  <td>
                    {goods.goodsQty} {goods.goodsUnit}
                  </td>
                  <td>{goods.oriCriteria}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>{t('cert_documents')}</h4>
          {certificate.documents.length === 0 ? (
            <p>{t('cert_noDocuments')}</p>
          ) : (
            <ul class="documents">
              {certificate.documents.map((document, index) => (
                <li key={`${document.fileName}-${index}`}>
                  {document.fileTypeName} · {document.fileName}
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button type="button" disabled={busy} onClick={() => void saveXml('certificate')}>
              {t('cert_certificateXml')}
            </button>
            <button type="button" disabled={busy} onClick={() => void saveXml('documents')}>
              {t('cert_documentsXml')}
            </button>
            <PinToggle
              kind="customs"
              certificateKey={String(certificate.id)}
              label={certificate.certNo || certificate.ciqRegNo}
              pinned={detail.pinned}
              onError={onError}
              onChange={onPinsChanged}
            />
          </div>
        </>
      )}
    </section>
  );
}
