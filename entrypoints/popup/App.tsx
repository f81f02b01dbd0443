import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '@/components/Alert';
import { LazyCertificatesPanel } from '@/components/certificates/LazyCertificatesPanel';
import { FillPanel } from '@/components/FillPanel';
import { PopupTabs } from '@/components/PopupTabs';
import { LookupPanel } from '@/components/LookupPanel';
import { SyncBar } from '@/components/SyncBar';
import { TeachButton } from '@/components/TeachButton';
import { t } from '@/utils/i18n';
import type { EnterpriseSummary, ReplyData, UserError } from '@/utils/messages/protocol';
import { sendRequest } from '@/utils/messages/send';
import { describeError } from '@/utils/ui/describe-error';
import { whenIdle } from '@/utils/ui/idle';

type Status = ReplyData<'getStatus'>;

export function App({ tabId }: { tabId: number | undefined }) {
  const [status, setStatus] = useState<Status | undefined>();
  const [errors, setErrors] = useState<Record<string, UserError | undefined>>({});
  const [enterprises, setEnterprises] = useState<EnterpriseSummary[] | undefined>();
  const [selection, setSelection] = useState<ReplyData<'getLastSelection'> | undefined>();
  const [refreshing, setRefreshing] = useState(false);
  const [view, setView] = useState('fill');

  const [notice, setNotice] = useState('');

  function setError(source: string, error: UserError | undefined) {
    setErrors((previous) => (previous[source] === error ? previous : { ...previous, [source]: error }));
  }

  async function loadStatus() {
    const reply = await sendRequest({ type: 'getStatus' });
    if (reply.ok) setStatus(reply.data);
  }

  async function loadEnterprises(refresh: boolean) {
    const reply = await sendRequest({ type: 'listEnterprises', refresh });
    if (!reply.ok) {
      setError('enterprises', reply.error);
      setEnterprises((previous) => previous ?? []);
      return;
    }
    setEnterprises(reply.data.enterprises);
    setError('enterprises', reply.data.error);
  }

  // The clerk may type a look-up as soon as the box shows; its request goes to the worker first.
  useEffect(
    () =>
      whenIdle(() => {
        void sendRequest({ type: 'getLastSelection' }).then((reply) => setSelection(reply.ok ? reply.data : {}));
        void loadEnterprises(false).then(loadStatus);
      }),
    [],
  );

  async function refresh() {
    setRefreshing(true);
    setError('refresh', undefined);
    setNotice(t('refreshing'));
    const reply = await sendRequest({ type: 'refreshAll' });
    setRefreshing(false);
    if (!reply.ok) {
      setError('refresh', reply.error);
      setNotice('');
      return;
    }
    setStatus(reply.data.status);
    setError('refresh', reply.data.errors[0]);
    setNotice(reply.data.errors.length === 0 ? t('refreshDone') : '');
    await loadEnterprises(false);
  }

  const shown = Object.values(errors).filter((error): error is UserError => error !== undefined);
  const messages = [...new Set(shown.map(describeError))];
  // Only a failed API call falls back to the cache; errors of the page or the fill have no route.
  const apiFailed = shown.some((error) => error.route !== undefined);
  if (apiFailed && status && status.dictionaries.some((item) => item.count > 0)) {
    messages.push(t('usingCachedData'));
  }

  return (
    <main>
      <header>
        <h1>{t('extensionName')}</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('settingsLink')}
        </a>
      </header>
      <Alert messages={messages} />
      <PopupTabs
        selected={view}
        onSelect={setView}
        tabs={[
          {
            id: 'fill',
            label: t('tabFill'),
            render: () => (
              <>
                <LookupPanel onError={(error) => setError('search', error)} />
                {enterprises && selection && (
                  <FillPanel tabId={tabId} enterprises={enterprises} initial={selection} onError={setError} />
                )}
                <TeachButton tabId={tabId} onError={setError} />
              </>
            ),
          },
          { id: 'certificates', label: t('tabCertificates'), render: () => <LazyCertificatesPanel /> },
        ]}
      />
      <SyncBar status={status} busy={refreshing} onRefresh={() => void refresh()} />
      <p class="notice" role="status">
        {notice}
      </p>
    </main>
  );
}
