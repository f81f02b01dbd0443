/** Teaches a rule the way a clerk does: the popup's button, a click on the field, a click in the panel. */
import type { Page } from 'playwright-core';
import { clickClosedShadowButton, waitForClosedShadow } from './closed-shadow';
import type { LaunchedExtension } from './extension';

export const PICKER_TAG = 'fta-assistant-picker';

/** Starts the picker in the tab of `page` from the popup, and closes the popup as a click on the page would. */
export async function startPicker(extension: LaunchedExtension, page: Page): Promise<void> {
  const popup = await extension.openPopup(await extension.tabIdOf(page));
  await popup.getByRole('button', { name: '教我填这个字段' }).click();
  await popup.getByRole('status').filter({ hasText: '请在网页上点击要教的字段' }).waitFor();
  await popup.close();
  await page.bringToFront();
}

/** Clicks the field at `selector` (Playwright notation, which enters open shadow roots) and picks `sourceName` in the panel. */
export async function teachField(extension: LaunchedExtension, page: Page, selector: string, sourceName: string): Promise<void> {
  await startPicker(extension, page);
  await page.locator(selector).click();
  await waitForClosedShadow(page, PICKER_TAG, sourceName);
  await clickClosedShadowButton(page, PICKER_TAG, sourceName);
  await waitForClosedShadow(page, 'fta-assistant-toast', '已记住');
}
