import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import type { DataDeps } from '@/utils/data/deps';
import { routeMessage } from '@/utils/worker/router';
import { readSettings } from '@/utils/worker/settings-store';

export default defineBackground(() => {
  const deps: DataDeps = { getSettings: readSettings };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void routeMessage(message, sender, deps).then(sendResponse);
    return true;
  });
});
