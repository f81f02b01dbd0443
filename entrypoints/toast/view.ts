/** Builds the toast's text and buttons for one piece of content. All text is set with textContent. */
import { type MessageKey, t } from '@/utils/i18n';
import { sourceMessageKey } from '@/utils/worker/fill-sources';
import type { ToastContent } from '@/utils/worker/toast-content';

export const TOAST_CSS = `
  *:not(style) { all: initial; }
  .toast {
    display: flex; align-items: center; gap: 10px; box-sizing: border-box; max-width: 360px;
    padding: 10px 12px; border-radius: 6px; background: #1f2328; color: #fff;
    box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3);
    font: 14px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif;
  }
  .message { flex: 1; color: inherit; font: inherit; }
  button {
    cursor: pointer; padding: 2px 10px; border: 1px solid #fff; border-radius: 4px;
    color: #fff; background: transparent; font: inherit;
  }
  button:focus-visible { outline: 2px solid #8ab4f8; outline-offset: 2px; }
  button[disabled] { opacity: 0.6; cursor: default; }
`;

export function toastMessage(content: ToastContent): string {
  switch (content.kind) {
    case 'filled':
      return t('toastFilled', content.filled, content.skipped);
    case 'undone':
      return t('toastUndone', content.restored);
    case 'rule-saved':
      return t('toastRuleSaved', t(sourceMessageKey(content.source) as MessageKey));
    case 'no-selection':
      return t('toastNoSelection');
    case 'fill-failed':
      return t('toastFillFailed');
  }
}

export function makeButton(label: MessageKey, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t(label);
  button.addEventListener('click', onClick);
  return button;
}
