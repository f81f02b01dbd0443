/** A searchable, paged list of enterprises. Choosing one calls `onSelect`. */
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '@/components/Alert';
import { t } from '@/utils/i18n';
import type { AdminReplyData } from '@/utils/messages/admin-protocol';
import { sendAdminRequest } from '@/utils/messages/admin-send';
import { describeError } from '@/utils/ui/describe-error';
import { MAX_QUERY_LENGTH } from '@/utils/search/query-limit';
import { Pager } from './Pager';

export const ENTERPRISE_PAGE_SIZE = 10;

export interface EnterpriseListProps {
  selectedId?: number;
  onSelect: (id: number) => void;
  /** Changing this value reloads the current page, after a save or delete. */
  reloadToken: number;
}

export function EnterpriseList({ selectedId, onSelect, reloadToken }: EnterpriseListProps) {
  const [keywordInput, setKeywordInput] = useState('');
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<AdminReplyData<'listEnterprisePage'> | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let current = true;
    void sendAdminRequest({ type: 'listEnterprisePage', page, size: ENTERPRISE_PAGE_SIZE, keyword }).then((reply) => {
      if (!current) return;
      if (reply.ok) {
        setResult(reply.data);
        setError(undefined);
      } else {
        setError(describeError(reply.error));
      }
    });
    return () => {
      current = false;
    };
  }, [page, keyword, reloadToken]);

  function search(event: Event) {
    event.preventDefault();
    setPage(0);
    setKeyword(keywordInput.trim());
  }


  return (
    <div class="enterprise-list">
      <form role="search" onSubmit={search}>
        <label for="admin-enterprise-search">{t('admin_searchLabel')}</label>
        <input
          id="admin-enterprise-search"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          value={keywordInput}
          onInput={(event) => setKeywordInput(event.currentTarget.value)}
        />
        <button type="submit">{t('admin_searchButton')}</button>
      </form>
      <Alert messages={error ? [error] : []} />
      {result === undefined && error === undefined && <p class="hint">{t('admin_loading')}</p>}
      {result?.enterprises.length === 0 && <p class="hint">{t('admin_noEnterprises')}</p>}
      <ul aria-label={t('admin_listLabel')}>
        {result?.enterprises.map((enterprise) => (
          <li key={enterprise.id}>
            <button
              type="button"
              aria-current={enterprise.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(enterprise.id)}
            >
              {enterprise.enterpriseCnName}
            </button>{' '}
            <span class="hint">{enterprise.socialCreditCode}</span>
          </li>
        ))}
      </ul>
      <Pager page={page} totalPages={result?.totalPages} last={result?.last ?? true} onPage={setPage} />
    </div>
  );
}
