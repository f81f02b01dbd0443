/** Customs certificates (海关原产地证书), a page at a time, filtered by number, invoice and status. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { CertificateReplyData } from '@/utils/messages/certificate-protocol';
import type { PanelCallbacks } from './CertNoLookup';
import { CopyableCode } from './CopyButton';
import { sendCertificateRequest } from './request';

type ListPage = CertificateReplyData<'listCustomsCertificates'>;

const PAGE_SIZE = 10;

interface Filters {
  certNo: string;
  invNo: string;
  status: string;
}

function present(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function CustomsList({ onError, onNotice, onOpen }: PanelCallbacks & { onOpen(id: number): void }) {
  const [draft, setDraft] = useState<Filters>({ certNo: '', invNo: '', status: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<ListPage | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    setBusy(true);
    void sendCertificateRequest({
      type: 'listCustomsCertificates',
      page,
      size: PAGE_SIZE,
      certNo: present(filters.certNo),
      invNo: present(filters.invNo),
      status: present(filters.status),
    }).then((reply) => {
      if (!current) return;
      setBusy(false);
      if (!reply.ok) {
        onError(reply.error);
        return;
      }
      onError(undefined);
      setResult(reply.data);
    });
    return () => {
      current = false;
    };
  }, [page, filters]);

  function search(event: Event) {
    event.preventDefault();
    setPage(0);
    setFilters({ ...draft });
  }

  const field = (name: keyof Filters, label: string) => (
    <label>
      {label}
      <input
        value={draft[name]}
        maxLength={100}
        onInput={(event) => setDraft({ ...draft, [name]: event.currentTarget.value })}
      />
    </label>
  );

  return (
    <section class="customs-list" aria-labelledby="customs-heading" aria-busy={busy}>
      <h3 id="customs-heading">{t('cert_customsHeading')}</h3>
      <form onSubmit={search}>
        {field('certNo', t('cert_certNo'))}
        {field('invNo', t('cert_invoiceNo'))}
        {field('status', t('cert_status'))}
        <button type="submit">{t('cert_filterButton')}</button>
      </form>
      {result && result.items.length === 0 && <p>{t('cert_noCertificates')}</p>}
      {result && result.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cert_certNo')}</th>
              <th scope="col">{t('cert_invoiceNo')}</th>
              <th scope="col">{t('cert_status')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('cert_details')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((item) => (
              <tr key={item.id}>
                <td>{item.certNo ? <CopyableCode value={item.certNo} onCopied={onNotice} /> : '—'}</td>
                <td>{item.invNo}</td>
                <td>{item.status}</td>
                <td>
                  <button type="button" onClick={() => onOpen(item.id)}>
                    {t('cert_details')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result && (
        <nav class="pager" aria-label={t('cert_pager')}>
          <button type="button" disabled={busy || result.page === 0} onClick={() => setPage(result.page - 1)}>
            {t('cert_previousPage')}
          </button>
          <span>
            {result.totalPages === undefined
              ? t('cert_pageNumber', result.page + 1)
              : t('cert_pageOf', result.page + 1, Math.max(result.totalPages, 1))}
          </span>
          <button type="button" disabled={busy || result.last} onClick={() => setPage(result.page + 1)}>
            {t('cert_nextPage')}
          </button>
        </nav>
      )}
    </section>
  );
}
