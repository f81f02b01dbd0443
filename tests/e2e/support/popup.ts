/** Drives the real popup the way a clerk does: labels and roles, keyboard and clicks. */
import type { Locator, Page } from 'playwright-core';
import type { LaunchedExtension } from './extension';

export interface PopupLabels {
  search: string;
  enterprise: string;
  signer: string;
  country: string;
  clearCountry: string;
  fill: string;
}

export const ZH_LABELS: PopupLabels = {
  search: '查询',
  enterprise: '企业',
  signer: '手签员',
  country: '目的国',
  clearCountry: '清除目的国',
  fill: '填充',
};

export const EN_LABELS: PopupLabels = {
  search: 'Search',
  enterprise: 'Enterprise',
  signer: 'Signer',
  country: 'Destination country',
  clearCountry: 'Clear destination country',
  fill: 'Fill',
};

/** Points the extension at an API base URL, as saving the options page does. */
export async function useBaseUrl(extension: LaunchedExtension, baseUrl: string): Promise<void> {
  const worker = await extension.worker();
  await worker.evaluate(async (url) => {
    await chrome.storage.local.set({
      settings: { baseUrl: url, authHeaderName: '', authHeaderValue: '', token: '', timeoutMs: 5000 },
    });
  }, baseUrl);
}

export function options(popup: Page, labels: PopupLabels = ZH_LABELS): Locator {
  return popup.getByRole('listbox', { name: labels.search }).getByRole('option');
}

/** Types a query and waits until the listed results answer that query. */
export async function search(popup: Page, query: string, labels: PopupLabels = ZH_LABELS): Promise<Locator> {
  const box = popup.getByRole('combobox', { name: labels.search });
  await box.fill(query);
  await waitForResults(popup, box, query);
  const results = options(popup, labels);
  await results.first().waitFor();
  return results;
}

export async function waitForResults(popup: Page, box: Locator, query: string): Promise<void> {
  const listId = await box.getAttribute('aria-controls');
  await popup.locator(`[id="${listId}"][data-results-for="${query.replaceAll('"', '\\"')}"]`).waitFor({ state: 'attached' });
}

export async function chooseEnterprise(popup: Page, name: string, labels: PopupLabels = ZH_LABELS): Promise<void> {
  const picker = popup.getByLabel(labels.enterprise, { exact: true });
  await picker.locator('option', { hasText: name }).first().waitFor({ state: 'attached' });
  await picker.selectOption({ label: name });
}

export async function chooseSigner(popup: Page, name: string, labels: PopupLabels = ZH_LABELS): Promise<void> {
  const picker = popup.getByLabel(labels.signer, { exact: true });
  const option = picker.locator('option', { hasText: name }).first();
  await option.waitFor({ state: 'attached' });
  const value = await option.getAttribute('value');
  if (value === null) throw new Error(`Signer option "${name}" has no value`);
  await picker.selectOption(value);
}

export async function chooseCountry(popup: Page, query: string, labels: PopupLabels = ZH_LABELS): Promise<void> {
  const clear = popup.getByRole('button', { name: labels.clearCountry });
  const box = popup.getByRole('combobox', { name: labels.country });
  await clear.or(box).first().waitFor();
  if (await clear.isVisible()) await clear.click();
  await box.fill(query);
  await waitForResults(popup, box, query);
  await popup.getByRole('listbox', { name: labels.country }).getByRole('option').first().waitFor();
  await box.press('Enter');
}

/** Clicks Fill and waits for the report. */
export async function fillPage(popup: Page, labels: PopupLabels = ZH_LABELS): Promise<Locator> {
  await popup.getByRole('button', { name: labels.fill, exact: true }).click();
  const report = popup.locator('section.report');
  await report.waitFor();
  return report;
}
