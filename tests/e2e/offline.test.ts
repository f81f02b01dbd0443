import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../sandbox/server';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { PORTAL_DIR, type Sandbox } from './support/environment';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { chooseEnterprise, chooseSigner, fillPage, search, useBaseUrl } from './support/popup';

const ENTERPRISE = '宁波海曙远航进出口有限公司';
const PRODUCER = '宁波鄞州织美针织服饰有限公司';

describe('offline use from the IndexedDB cache', () => {
  let profileDir: string;
  let sandbox: Sandbox;
  let portal: StaticServer;
  let extension: LaunchedExtension | undefined;

  beforeAll(async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'fta-offline-'));
    sandbox = await startSandbox();
    portal = await startStaticServer(PORTAL_DIR);
    extension = await launchExtension({ profileDir });
    await useBaseUrl(extension, sandbox.url);

    // Warm the cache: dictionaries through a look-up, enterprises, signers and producers through the pickers.
    const popup = await extension.openPopup();
    await search(popup, 'rb');
    await chooseEnterprise(popup, ENTERPRISE);
    await chooseSigner(popup, '周文杰');
    await popup.getByLabel('生产商', { exact: true }).locator('option', { hasText: PRODUCER }).waitFor({ state: 'attached' });
    await popup.close();
    await sandbox.close();
  });

  afterAll(async () => {
    await extension?.close();
    await portal?.close();
    await rm(profileDir, { recursive: true, force: true });
  });

  it('answers look-ups after the API is gone', async () => {
    const popup = await extension!.openPopup();
    const results = await search(popup, 'riben');
    expect(await results.first().innerText()).toContain('日本');
    await popup.close();
  });

  it('answers look-ups after the worker restarts', async () => {
    await extension!.stopWorker();
    const popup = await extension!.openPopup();
    const results = await search(popup, '6109');
    expect(await results.first().innerText()).toContain('6109');
    await expect.poll(() => popup.locator('.sync-time').innerText()).toMatch(/^数据同步于 /);
    await popup.close();
  });

  it('fills a form from cached enterprise data after the worker restarts', async () => {
    await extension!.stopWorker();
    const page = await extension!.context.newPage();
    await page.goto(`${portal.url}sw-co-basic.html`);
    const popup = await extension!.openPopup(await extension!.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    await chooseSigner(popup, '周文杰');
    await fillPage(popup);
    expect(await page.locator('#entCnName').inputValue()).toBe(ENTERPRISE);
    expect(await page.locator('input[name="sbyxm"]').inputValue()).toBe('周文杰');
    await popup.close();
    await page.close();
  });

  it('fills a cached producer after the API is gone', async () => {
    const page = await extension!.context.newPage();
    await page.goto(`${portal.url}sw-co-goods.html`);
    const popup = await extension!.openPopup(await extension!.tabIdOf(page));
    await chooseEnterprise(popup, ENTERPRISE);
    const picker = popup.getByLabel('生产商', { exact: true });
    await picker.locator('option', { hasText: PRODUCER }).waitFor({ state: 'attached' });
    await picker.selectOption({ label: PRODUCER });
    await expect.poll(() => popup.getByRole('alert').filter({ hasText: '生产商列表' }).innerText()).toContain('正在显示缓存数据');
    await fillPage(popup);
    expect(await page.locator('#prdName').inputValue()).toBe(PRODUCER);
    expect(await page.locator('#prdContact').inputValue()).toBe('孙海燕');
    await popup.close();
    await page.close();
  });

  it('keeps the cache across a browser restart', async () => {
    await extension!.close();
    extension = await launchExtension({ profileDir });
    const popup = await extension.openPopup();
    const results = await search(popup, 'JP');
    expect(await results.first().innerText()).toContain('日本');
    const enterprise = popup.getByLabel('企业', { exact: true });
    await expect.poll(() => enterprise.locator('option').allInnerTexts()).toContain(ENTERPRISE);
  });
});
