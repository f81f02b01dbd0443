/**
 * The tab the popup acts on: the tab under the toolbar button, or tab N when the popup is
 * opened as `popup.html?tab=N` (how end-to-end tests and keyboard users reach a given tab).
 */
import browser from 'webextension-polyfill';

export async function resolveTargetTab(search: string): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
