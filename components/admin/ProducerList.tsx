/**
 * The producers (生产商) of one enterprise, each with a delete button that opens a confirmation
 * dialog, and a form that validates a new producer before adding it.
 */
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '@/components/Alert';
import { type MessageKey, t } from '@/utils/i18n';
import type { ProducerItem } from '@/utils/messages/admin-protocol';
import { sendAdminRequest } from '@/utils/messages/admin-send';
import { describeCachedError, describeError } from '@/utils/ui/describe-error';
import { type FieldErrors, type ProducerField, type ProducerFields, validateProducer } from '@/utils/validation/enterprise';
import { ConfirmDialog } from './ConfirmDialog';
import { PRODUCER_PAGE_SIZE } from './ProducerPicker';
import { Pager } from './Pager';
import { TextField } from './TextField';

const EMPTY_PRODUCER: ProducerFields = {
  producerName: '',
  producerContactPerson: '',
  producerContactTel: '',
  socialCreditCode: '',
};

const PRODUCER_LABELS: Record<ProducerField, MessageKey> = {
  producerName: 'admin_producerName',
  producerContactPerson: 'admin_producerContact',
  producerContactTel: 'admin_producerTel',
  socialCreditCode: 'admin_producerUscc',
};

export interface ProducerListProps {
  enterpriseId: number;
  /** Producers shown per page. */
  pageSize?: number;
}

interface PagePosition {
  last: boolean;
  totalPages?: number;
}

export function ProducerList({ enterpriseId, pageSize = PRODUCER_PAGE_SIZE }: ProducerListProps) {
  const [producers, setProducers] = useState<ProducerItem[] | undefined>();
  const [page, setPage] = useState(0);
  const [position, setPosition] = useState<PagePosition | undefined>();
  const [form, setForm] = useState<ProducerFields>(EMPTY_PRODUCER);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<ProducerField>>({});
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState('');
  const [pendingDelete, setPendingDelete] = useState<ProducerItem | undefined>();

  async function load(pageIndex = page) {
    const reply = await sendAdminRequest({ type: 'listProducers', enterpriseId, page: pageIndex, size: pageSize });
    if (!reply.ok) {
      setError(describeError(reply.error));
      return;
    }
    // Deleting the only producer of the last page leaves that page empty, so step back one.
    if (reply.data.producers.length === 0 && pageIndex > 0) {
      setPage(pageIndex - 1);
      return;
    }
    setProducers(reply.data.producers);
    setPosition({ last: reply.data.last, totalPages: reply.data.totalPages });
    const { refreshError } = reply.data;
    setError(refreshError ? describeCachedError(refreshError) : undefined);
  }

  useEffect(() => {
    void load(page);
  }, [enterpriseId, page]);

  async function add(event: Event) {
    event.preventDefault();
    setNotice('');
    setError(undefined);
    const problems = validateProducer(form);
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const reply = await sendAdminRequest({ type: 'addProducer', producer: { customsEnterpriseId: enterpriseId, ...form } });
    if (!reply.ok) {
      setError(describeError(reply.error));
      return;
    }
    setForm(EMPTY_PRODUCER);
    setNotice(t('admin_producerAdded', reply.data.producer.producerName));
    await load();
  }

  async function confirmDelete() {
    const producer = pendingDelete;
    setPendingDelete(undefined);
    if (!producer) return;
    setNotice('');
    const reply = await sendAdminRequest({ type: 'deleteProducer', id: producer.id });
    if (!reply.ok) {
      setError(describeError(reply.error));
      return;
    }
    setError(undefined);
    setNotice(t('admin_producerDeleted', producer.producerName));
    await load();
  }

  return (
    <section class="producers" aria-labelledby="admin-producers-heading">
      <h3 id="admin-producers-heading">{t('admin_producersHeading')}</h3>
      <Alert messages={error ? [error] : []} />
      {producers?.length === 0 && <p class="hint">{t('admin_noProducers')}</p>}
      <ul aria-labelledby="admin-producers-heading">
        {producers?.map((producer) => (
          <li key={producer.id}>
            <span>{producer.producerName}</span>{' '}
            <span class="hint">
              {producer.producerContactPerson} {producer.producerContactTel} {producer.socialCreditCode}
            </span>{' '}
            <button type="button" onClick={() => setPendingDelete(producer)}>
              {t('admin_deleteProducer', producer.producerName)}
            </button>
          </li>
        ))}
      </ul>
      {position && (page > 0 || !position.last) && (
        <Pager
          page={page}
          totalPages={position.totalPages}
          last={position.last}
          label={t('admin_producerPages')}
          onPage={setPage}
        />
      )}

      <form onSubmit={(event) => void add(event)} noValidate>
        {(Object.keys(PRODUCER_LABELS) as ProducerField[]).map((field) => {
          const problem = fieldErrors[field];
          return (
            <TextField
              key={field}
              id={`admin-producer-${field}`}
              label={t(PRODUCER_LABELS[field])}
              value={form[field]}
              error={problem === undefined ? undefined : t(problem)}
              onInput={(value) => setForm({ ...form, [field]: value })}
            />
          );
        })}
        <button type="submit">{t('admin_addProducer')}</button>
      </form>
      <p class="notice" aria-live="polite">
        {notice}
      </p>

      <ConfirmDialog
        open={pendingDelete !== undefined}
        message={t('admin_confirmDeleteProducer', pendingDelete?.producerName ?? '')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(undefined)}
      />
    </section>
  );
}
