/** Restores what the last fill changed in the tab and shows how many fields were restored. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { UserError } from '@/utils/messages/protocol';
import { sendRequest } from '@/utils/messages/send';

export interface UndoButtonProps {
  tabId: number;
  onError(source: string, error: UserError | undefined): void;
}

export function UndoButton({ tabId, onError }: UndoButtonProps) {
  const [busy, setBusy] = useState(false);
  const [restored, setRestored] = useState<number | undefined>();

  async function undo() {
    setBusy(true);
    const reply = await sendRequest({ type: 'undoFill', tabId });
    setBusy(false);
    if (!reply.ok) {
      onError('undo', reply.error);
      return;
    }
    onError('undo', undefined);
    setRestored(reply.data.restored);
  }

  return (
    <div class="undo">
      <button type="button" aria-busy={busy} disabled={busy || restored !== undefined} onClick={() => void undo()}>
        {t('undoButton')}
      </button>
      {restored !== undefined && <p role="status">{t('undoDone', restored)}</p>}
    </div>
  );
}
