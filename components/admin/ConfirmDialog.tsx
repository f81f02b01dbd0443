/**
 * A modal `<dialog>` in which the user confirms or cancels a deletion. Escape and the cancel button
 * both call `onCancel`.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface ConfirmDialogProps {
  open: boolean;
  message: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, message, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-label={message}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <p>{message}</p>
      <div class="dialog-buttons">
        <button type="button" onClick={onCancel}>
          {t('admin_cancel')}
        </button>
        <button type="button" class="danger" onClick={onConfirm}>
          {t('admin_confirmDelete')}
        </button>
      </div>
    </dialog>
  );
}
