/** A select of one enterprise's producers (生产商), for the popup's fill panel. */
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '@/components/Alert';
import { t } from '@/utils/i18n';
import type { ProducerItem } from '@/utils/messages/admin-protocol';
import { sendAdminRequest } from '@/utils/messages/admin-send';
import { describeError } from '@/utils/ui/describe-error';

/**
 * Producers requested per page. The options page pages through them, but this picker lists
 * only the first page.
 * NOTE: the picker does not show producers beyond the first 100, and the service's page size limit is not published.
 */
export const PRODUCER_PAGE_SIZE = 100;

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
      if (reply.ok) setProducers(reply.data.producers);
      else setError(describeError(reply.error));
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
