import '@/utils/zod-setup';
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import type { DataDeps } from '@/utils/data/deps';
import { routeMessage } from '@/utils/worker/router';
import { readSettings } from '@/utils/worker/settings-store';
import { registerTriggers } from '@/utils/worker/triggers';
import { startWatcher } from '@/utils/worker/watcher';

export default defineBackground(() => {
  const deps: DataDeps = { getSettings: readSettings };

  // Every listener is added synchronously here, so an event that wakes the worker reaches it.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void routeMessage(message, sender, deps).then(sendResponse);
    return true;
  });
  registerTriggers(deps);
  startWatcher(deps);
});
