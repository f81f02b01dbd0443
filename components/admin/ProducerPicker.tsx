/** A select of one enterprise's producers (生产商), for the popup's fill panel. */
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '@/components/Alert';
import { t } from '@/utils/i18n';
import type { ProducerItem } from '@/utils/messages/admin-protocol';
import { sendAdminRequest } from '@/utils/messages/admin-send';
import { FIRST_PRODUCER_PAGE_SIZE } from '@/utils/data/producer-page';
import { describeCachedError, describeError } from '@/utils/ui/describe-error';

/** Producers requested per page: the first page is what the worker caches for offline use. */
export const PRODUCER_PAGE_SIZE = FIRST_PRODUCER_PAGE_SIZE;

export interface ProducerPickerProps {
  /** Lists nothing until an enterprise is chosen. */
  enterpriseId?: number;
  value?: number;
  onChange: (producerId: number | undefined) => void;
}

export function ProducerPicker({ enterpriseId, value, onChange }: ProducerPickerProps) {
  const [producers, setProducers] = useState<ProducerItem[]>([]);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    setProducers([]);
    setError(undefined);
    if (enterpriseId === undefined) return;
    let current = true;
    void sendAdminRequest({ type: 'listProducers', enterpriseId, page: 0, size: PRODUCER_PAGE_SIZE }).then((reply) => {
      if (!current) return;
      if (!reply.ok) {
        setError(describeError(reply.error));
        return;
      }
      setProducers(reply.data.producers);
      const { refreshError } = reply.data;
      if (refreshError) setError(describeCachedError(refreshError));
    });
    return () => {
      current = false;
    };
  }, [enterpriseId]);

  return (
    <div class="producer-picker">
      <label for="producer-picker">{t('admin_producerPicker')}</label>
      <select
        id="producer-picker"
        value={value === undefined ? '' : String(value)}
        disabled={enterpriseId === undefined}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          onChange(chosen === '' ? undefined : Number(chosen));
        }}
      >
        <option value="">{t('admin_producerPickerNone')}</option>
        {producers.map((producer) => (
          <option key={producer.id} value={String(producer.id)}>
            {producer.producerName}
          </option>
        ))}
      </select>
      <Alert messages={error ? [error] : []} />
    </div>
  );
}
