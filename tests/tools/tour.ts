/**
 * The scripted tour of `npm start --headless`: look up 日本 and an HS code, pick an enterprise,
 * a signer and a destination country, and fill the demo form. Each step saves a screenshot and
 * returns a line saying what it did, checked against what the page shows.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../e2e/support/extension';
import { chooseCountry, chooseEnterprise, chooseSigner, fillPage, search } from '../e2e/support/popup';

const ENTERPRISE = '宁波海曙远航进出口有限公司';
const SIGNER = '周文杰';

export async function runTour(extension: LaunchedExtension, portal: Page, screenshotDir: string): Promise<string[]> {
  const steps: string[] = [];
  let shot = 0;
  const capture = async (page: Page, name: string) => {
    shot++;
    await page.screenshot({ path: join(screenshotDir, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  };

  const tabId = await extension.tabIdOf(portal);
  const popup = await extension.openPopup(tabId);
  await popup.setViewportSize({ width: 460, height: 760 });

  const countries = await search(popup, 'rb');
  const firstCountry = (await countries.first().innerText()).replace(/\s+/g, ' ');
  await capture(popup, 'lookup-rb');
  steps.push(`Looked up "rb": first result ${firstCountry}`);

  await popup.getByRole('combobox', { name: '查询' }).press('Enter');
  const status = popup.locator('.lookup [role="status"]').filter({ hasText: '已复制' });
  await status.waitFor();
  const copied = await status.innerText();
  steps.push(`Pressed Enter: ${copied}`);

  const rules = await search(popup, '6109');
  const firstRule = (await rules.first().innerText()).replace(/\s+/g, ' ');
  await capture(popup, 'lookup-hs-6109');
  steps.push(`Looked up HS "6109": first result ${firstRule}`);

  await chooseEnterprise(popup, ENTERPRISE);
  await chooseSigner(popup, SIGNER);
  await chooseCountry(popup, 'riben');
  await capture(popup, 'picked');
  steps.push(`Picked enterprise ${ENTERPRISE}, signer ${SIGNER} and destination country 日本`);

  const report = await fillPage(popup);
  const filledCount = await report.locator('.report-filled li').count();
  const skippedCount = await report.locator('.report-skipped li').count();
  await capture(popup, 'fill-report');
  steps.push(`Filled the demo form: ${filledCount} fields filled, ${skippedCount} left alone (see the report)`);

  await portal.bringToFront();
  await capture(portal, 'demo-form-filled');
  const name = await portal.locator('#entCnName').inputValue();
  steps.push(`Demo form now shows 企业中文名称 = ${name}`);
  return steps;
}
