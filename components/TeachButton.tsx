/**
 * Starts the field picker in the tab. The user then clicks a field on the page and picks its data
 * source in the picker's panel. The browser closes the popup when the page gets the click.
 */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { UserError } from '@/utils/messages/protocol';
import { sendRequest } from '@/utils/messages/send';

export interface TeachButtonProps {
  tabId: number | undefined;
  onError(source: string, error: UserError | undefined): void;
}

export function TeachButton({ tabId, onError }: TeachButtonProps) {
  const [started, setStarted] = useState(false);

  async function start() {
    if (tabId === undefined) {
      onError('teach', { kind: 'no-tab' });
      return;
    }
    const reply = await sendRequest({ type: 'startTeach', tabId });
    if (!reply.ok) {
      onError('teach', reply.error);
      return;
    }
    onError('teach', undefined);
    setStarted(true);
  }

  return (
    <div class="teach">
      <button type="button" onClick={() => void start()}>
        {t('teachButton')}
      </button>
      {started && <p role="status">{t('teachStarted')}</p>}
    </div>
  );
}
