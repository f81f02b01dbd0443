import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Environment, startEnvironment } from './support/environment';
import { clearFaults, setFault } from './support/faults';
import { chooseEnterprise, chooseSigner, fillPage, search, waitForResults } from './support/popup';

describe('worker stopped in the middle of work', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  it('answers a look-up that was in flight when the worker stopped', async () => {
    await setFault(env.sandbox.url, { route: 'customs122', latencyMs: 2000, times: 1 });
    const popup = await env.extension.openPopup();
    const box = popup.getByRole('combobox', { name: '查询' });
    await box.fill('rb');
    // The worker is fetching the dictionaries for its first index when it is stopped.
    await popup.waitForTimeout(300);
    await env.extension.stopWorker();
    await waitForResults(popup, box, 'rb');
    const results = popup.getByRole('listbox', { name: '查询' }).getByRole('option');
    await results.first().waitFor();
    expect(await results.first().innerText()).toContain('日本');
    expect(await box.inputValue()).toBe('rb');
    await clearFaults(env.sandbox.url);
    await popup.close();
  });

  it('fills after the worker stopped between picking and filling', async () => {
    const page = await env.openPortalPage('sw-co-basic.html');
    const popup = await env.extension.openPopup(await env.extension.tabIdOf(page));
    await chooseEnterprise(popup, '宁波海曙远航进出口有限公司');
    await chooseSigner(popup, '周文杰');
    await env.extension.stopWorker();
    await fillPage(popup);
    expect(await page.locator('#entCnName').inputValue()).toBe('宁波海曙远航进出口有限公司');
    expect(await page.locator('input[name="sbyxm"]').inputValue()).toBe('周文杰');
    await popup.close();
    await page.close();
  });

  it('keeps the cache readable after a stop during a refresh', async () => {
    const popup = await env.extension.openPopup();
    await search(popup, 'riben');
    await setFault(env.sandbox.url, { route: '*', latencyMs: 1500, times: 20 });
    await popup.getByRole('button', { name: '刷新数据' }).click();
    await popup.waitForTimeout(300);
    await env.extension.stopWorker();
    await clearFaults(env.sandbox.url);
    const again = await env.extension.openPopup();
    const results = await search(again, 'JP');
    expect(await results.first().innerText()).toContain('日本');
    await popup.close();
    await again.close();
  });
});
