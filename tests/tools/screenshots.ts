/**
 * `npm run screenshots`: drives the built extension through each feature the README shows and
 * saves one picture per feature to docs/screenshots/. Every step waits for what the picture is
 * meant to show, so a broken feature stops the run instead of saving an empty screen.
 *
 * `--no-build` reuses the extension already in .output/chrome-mv3.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { waitForClosedShadow } from '../e2e/support/closed-shadow';
import { type Environment, startEnvironment } from '../e2e/support/environment';
import { chooseCountry, chooseEnterprise, chooseSigner, fillPage, search } from '../e2e/support/popup';
import { startPicker } from '../e2e/support/teach';
import { dispatchTrigger } from '../e2e/support/triggers';

const OUTPUT_DIR = resolve('docs/screenshots');
const ENTERPRISE = '宁波海曙远航进出口有限公司';
const SIGNER = '周文杰';
const PRODUCER = '宁波鄞州织美针织服饰有限公司';
const POPUP_SIZE = { width: 460, height: 640 };

type Shot = (env: Environment, save: (page: Page, name: string) => Promise<void>) => Promise<void>;

async function openPopupOver(env: Environment, page?: Page): Promise<Page> {
  const popup = await env.extension.openPopup(page ? await env.extension.tabIdOf(page) : undefined);
  await popup.setViewportSize(POPUP_SIZE);
  return popup;
}

async function openCertificates(env: Environment): Promise<Page> {
  const popup = await openPopupOver(env);
  await popup.getByRole('tab', { name: '证书' }).click();
  await popup.getByRole('region', { name: '查证书号' }).waitFor();
  return popup;
}

async function scrollTo(locator: Locator): Promise<void> {
  await locator.evaluate((element) => element.scrollIntoView({ block: 'start' }));
}

const shots: Record<string, Shot> = {
  'lookup-country': async (env, save) => {
    const popup = await openPopupOver(env);
    await search(popup, 'rb');
    await save(popup, 'lookup-country');
    await popup.close();
  },

  'lookup-hs-rule': async (env, save) => {
    const popup = await openPopupOver(env);
    await search(popup, '6109');
    await save(popup, 'lookup-hs-rule');
    await popup.close();
  },

  'lookup-agreement': async (env, save) => {
    const popup = await openPopupOver(env);
    await search(popup, 'RCEP');
    await save(popup, 'lookup-agreement');
    await popup.close();
  },

  'fill-report': async (env, save) => {
    const page = await env.openPortalPage('sw-co-goods.html');
    const popup = await openPopupOver(env, page);
    await chooseEnterprise(popup, ENTERPRISE);
    await chooseSigner(popup, SIGNER);
    const producer = popup.getByLabel('生产商', { exact: true });
    await producer.locator('option', { hasText: PRODUCER }).waitFor({ state: 'attached' });
    await producer.selectOption({ label: PRODUCER });
    await chooseCountry(popup, 'riben');
    const report = await fillPage(popup);
    await report.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
    await save(popup, 'fill-report');
    await popup.close();
    await page.setViewportSize({ width: 1100, height: 760 });
    await save(page, 'portal-filled');
    await page.close();
  },

  'shortcut-toast': async (env, save) => {
    const page = await env.openPortalPage('sw-co-basic.html');
    await page.setViewportSize({ width: 1100, height: 640 });
    await dispatchTrigger(env.extension, { kind: 'command', command: 'fill-last-selection' });
    await waitForClosedShadow(page, 'fta-assistant-toast', '撤销');
    await save(page, 'shortcut-toast');
    await page.close();
  },

  'teach-field': async (env, save) => {
    const page = await env.openPortalPage('teach-unlabeled.html');
    await page.setViewportSize({ width: 1100, height: 640 });
    await startPicker(env.extension, page);
    await page.locator('#fld07').click();
    await waitForClosedShadow(page, 'fta-assistant-picker', '企业中文名称');
    await save(page, 'teach-field');
    await page.keyboard.press('Escape');
    await page.close();
  },

  'certificates-invoice': async (env, save) => {
    const popup = await openCertificates(env);
    const lookup = popup.getByRole('region', { name: '查证书号' });
    await lookup.getByLabel('发票号', { exact: true }).fill('YH2026-0118');
    await lookup.getByRole('button', { name: '查询', exact: true }).click();
    await lookup.getByRole('list', { name: '证书号' }).getByRole('listitem').nth(1).waitFor();
    await save(popup, 'certificates-invoice');
    await popup.close();
  },

  'certificates-ccpit': async (env, save) => {
    const popup = await openCertificates(env);
    const ccpit = popup.getByRole('region', { name: '贸促会证书' });
    await ccpit.getByLabel('单证号', { exact: true }).fill('2026010001');
    await ccpit.getByRole('button', { name: '查询', exact: true }).click();
    await ccpit.locator('[data-field="status"]').waitFor();
    const pin = ccpit.getByRole('button', { name: /^(关注|已关注)$/ });
    if ((await pin.innerText()) === '关注') await pin.click();
    await ccpit.getByRole('button', { name: '已关注', exact: true }).waitFor();
    await scrollTo(ccpit);
    await save(popup, 'certificates-ccpit');
    await popup.close();
  },

  'certificates-customs': async (env, save) => {
    const popup = await openCertificates(env);
    const customs = popup.getByRole('region', { name: '海关证书' });
    const row = customs.getByRole('row').filter({ hasText: 'E263100A00010001' });
    await row.getByRole('button', { name: '详情' }).click();
    const detail = popup.getByRole('region', { name: 'E263100A00010001' });
    await detail.getByRole('cell', { name: /610910/ }).waitFor();
    await scrollTo(detail);
    await save(popup, 'certificates-customs');
    await popup.close();
  },

  'options-settings': async (env, save) => {
    const page = await env.extension.openOptions();
    await page.setViewportSize({ width: 900, height: 760 });
    await page.getByLabel('接口地址', { exact: true }).waitFor();
    await save(page, 'options-settings');
    await page.close();
  },

  'options-enterprise': async (env, save) => {
    const page = await env.extension.openOptions();
    await page.setViewportSize({ width: 900, height: 900 });
    await page.getByRole('list', { name: '企业列表' }).getByRole('button', { name: ENTERPRISE, exact: true }).click();
    const uscc = page.getByLabel('统一社会信用代码', { exact: true });
    await uscc.fill('91330203MA2H7Q8X6M');
    await page.getByRole('button', { name: '提交修改' }).click();
    const error = page.locator('#admin-socialCreditCode-error');
    await error.waitFor();
    await scrollTo(page.locator('#admin-editor-heading'));
    await save(page, 'options-enterprise');
    await page.close();
  },
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (!argv.includes('--no-build')) {
    console.log('Building the extension (npm run build)…');
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  }
  await mkdir(OUTPUT_DIR, { recursive: true });
  const env = await startEnvironment();
  const save = async (page: Page, name: string) => {
    await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`) });
    console.log(`  ✔ ${name}.png`);
  };
  try {
    for (const shot of Object.values(shots)) await shot(env, save);
  } finally {
    await env.close();
  }
  console.log(`The screenshots are in ${OUTPUT_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
