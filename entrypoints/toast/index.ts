import browser from 'webextension-polyfill';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type ClosedHost, createClosedHost } from '@/components/closed-host';
import { logWarn } from '@/utils/log';
import type { ToastContent } from '@/utils/worker/toast-content';
import { TOAST_CSS, makeButton, toastMessage } from './view';

/** How long a toast stays before it hides itself. */
const VISIBLE_MS = 6000;

// Injected into a tab's top frame, in the extension's isolated world, before each toast. The
// first injection installs the function; later ones find it and keep the one toast element.
export default defineUnlistedScript(() => {
  if (globalThis.__ftaAssistantToast) return;

  let shown: ClosedHost | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  function hide(): void {
    clearTimeout(hideTimer);
    shown?.host.remove();
    shown = undefined;
  }

  async function undo(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    // The worker replaces this toast with one that shows the restored count.
    await browser.runtime.sendMessage({ type: 'undoFill' }).catch((error: unknown) => {
      logWarn('undo request failed', { error: String(error) });
    });
  }

  globalThis.__ftaAssistantToast = (content: ToastContent) => {
    hide();
    shown = createClosedHost('fta-assistant-toast', TOAST_CSS, {
      position: 'fixed',
      right: '16px',
      bottom: '16px',
      display: 'block',
    });
    const box = document.createElement('div');
    box.className = 'toast';
    box.setAttribute('role', 'status');
    const message = document.createElement('span');
    message.className = 'message';
    message.textContent = toastMessage(content);
    box.append(message);
    if (content.kind === 'filled' && content.filled > 0) {
      const button = makeButton('toastUndo', () => void undo(button));
      box.append(button);
    }
    box.append(makeButton('toastClose', hide));
    shown.root.append(box);
    hideTimer = setTimeout(hide, VISIBLE_MS);
  };
});
