/** Shows the toast in a tab's top frame, in the extension's isolated world. */
import browser from 'webextension-polyfill';
import { logWarn } from '../log';
import type { ToastContent } from './toast-content';

/** Path of the injected toast script in the built extension. */
export const TOAST_SCRIPT_FILE = '/toast.js';

function showInFrame(content: ToastContent): void {
  globalThis.__ftaAssistantToast?.(content);
}

/** Shows `content` in the tab's top frame. A page the extension may not script gets no toast. */
export async function showToast(tabId: number, content: ToastContent): Promise<void> {
  const target = { tabId, frameIds: [0] };
  try {
    await browser.scripting.executeScript({ target, files: [TOAST_SCRIPT_FILE] });
    await browser.scripting.executeScript({ target, func: showInFrame, args: [content] });
  } catch (error) {
    logWarn('toast injection failed', { tabId, kind: content.kind, error: String(error) });
  }
}
