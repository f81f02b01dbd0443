/**
 * The keyboard shortcut and the context-menu item. Both fill a tab with the enterprise, signer
 * and country of the last fill, as the popup would with those choices and overwrite off.
 */
import browser from 'webextension-polyfill';
import type { DataDeps } from '../data/deps';
import { logWarn } from '../log';
import { fillTab } from './fill';
import { readLastSelection } from './selection';
import { showToast } from './toast';

/** The `commands` key in the manifest. */
export const FILL_COMMAND = 'fill-last-selection';
export const FILL_MENU_ID = 'fill-last-selection';

export type TriggerEvent =
  | { kind: 'command'; command: string }
  | { kind: 'menu'; menuItemId: string | number; tabId: number | undefined };

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** Fills `tabId` with the last selection. Without one, the toast tells the user to choose in the popup first. */
export async function fillWithLastSelection(tabId: number, deps: DataDeps): Promise<void> {
  const selection = await readLastSelection();
  if (selection.enterpriseId === undefined) {
    await showToast(tabId, { kind: 'no-selection' });
    return;
  }
  const outcome = await fillTab(
    {
      type: 'fill',
      tabId,
      enterpriseId: selection.enterpriseId,
      signerId: selection.signerId,
      countryCode: selection.countryCode,
      overwrite: false,
    },
    deps,
  );
  if (!outcome.ok) {
    logWarn('fill from shortcut or menu failed', { tabId, kind: outcome.error.kind });
    await showToast(tabId, { kind: 'fill-failed' });
  }
}

/** Handles one shortcut or menu event. The listeners and the test hook both call this. */
export async function dispatchTrigger(event: TriggerEvent, deps: DataDeps): Promise<void> {
  if (event.kind === 'command' && event.command !== FILL_COMMAND) return;
  if (event.kind === 'menu' && event.menuItemId !== FILL_MENU_ID) return;
  const tabId = event.kind === 'menu' ? event.tabId : await activeTabId();
  if (tabId === undefined || tabId < 0) {
    logWarn('trigger ignored: no tab', { kind: event.kind });
    return;
  }
  await fillWithLastSelection(tabId, deps);
}

/** Creates the menu item, replacing the one an earlier version of the extension created. */
async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create(
    { id: FILL_MENU_ID, title: browser.i18n.getMessage('menuFill'), contexts: ['page', 'editable', 'frame'] },
    () => {
      const error = browser.runtime.lastError;
      if (error) logWarn('context menu not created', { error: error.message });
    },
  );
}

declare global {
  // Test hook: the same function the shortcut and menu listeners call, so end-to-end tests can
  // run it from the service worker, where headless Chromium cannot press a browser shortcut or
  // click a native menu. It is the handler function only and contains no data.
  var ftaAssistantDispatchTrigger: ((event: TriggerEvent) => Promise<void>) | undefined;
}

/** Adds the listeners. Call it synchronously in the worker's main, so an event that wakes the worker is not lost. */
export function registerTriggers(deps: DataDeps): void {
  const dispatch = (event: TriggerEvent) =>
    dispatchTrigger(event, deps).catch((error: unknown) => logWarn('trigger failed', { kind: event.kind, error: String(error) }));
  browser.commands.onCommand.addListener((command) => void dispatch({ kind: 'command', command }));
  browser.contextMenus.onClicked.addListener(
    (info, tab) => void dispatch({ kind: 'menu', menuItemId: info.menuItemId, tabId: tab?.id }),
  );
  browser.runtime.onInstalled.addListener(() => {
    createMenu().catch((error: unknown) => logWarn('context menu not created', { error: String(error) }));
  });
  globalThis.ftaAssistantDispatchTrigger = dispatch;
}
