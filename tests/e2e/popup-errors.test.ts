import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Environment, startEnvironment } from './support/environment';
import { type FaultSpec, clearFaults, setFault } from './support/faults';
import { chooseEnterprise, chooseSigner, search, useBaseUrl } from './support/popup';

describe('popup with a failing API and an empty cache', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterEach(async () => {
    await clearFaults(env.sandbox.url);
  });

  afterAll(async () => {
    await env?.close();
  });

  const cases: Array<[string, FaultSpec, RegExp]> = [
    ['HTTP 500', { route: '*', status: 500 }, /接口服务出错.*500/],
    ['HTTP 401', { route: '*', status: 401 }, /凭据.*401/],
    ['HTTP 403', { route: '*', status: 403 }, /没有访问权限/],
    ['HTTP 404', { route: '*', status: 404 }, /接口地址不存在/],
    ['malformed JSON', { route: '*', body: 'malformed-json' }, /数据格式无效/],
    ['schema drift', { route: '*', body: 'schema-drift' }, /数据格式无效/],
    ['an HTML error page', { route: '*', body: 'html' }, /数据格式无效/],
  ];

  it.each(cases)('shows an alert for %s', async (_name, fault, message) => {
    await setFault(env.sandbox.url, fault);
    const popup = await env.extension.openPopup();
    await popup.getByRole('combobox', { name: '查询' }).fill('rb');
    const alert = popup.getByRole('alert');
    await alert.first().waitFor();
    expect(await alert.first().innerText()).toMatch(message);
    await popup.close();
  });

  it('shows a timeout when the API is too slow', async () => {
    const worker = await env.extension.worker();
    await worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), timeoutMs: 1000 } });
    });
    await setFault(env.sandbox.url, { route: '*', latencyMs: 3000 });
    const popup = await env.extension.openPopup();
    await popup.getByRole('combobox', { name: '查询' }).fill('rb');
    await popup.getByRole('alert').first().waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('alert').first().innerText()).toMatch(/超时/);
    await useBaseUrl(env.extension, env.sandbox.url);
    await popup.close();
  });

  it('shows a connection error when nothing listens at the base URL', async () => {
    await useBaseUrl(env.extension, 'http://127.0.0.1:9/open/');
    const popup = await env.extension.openPopup();
    await popup.getByRole('combobox', { name: '查询' }).fill('rb');
    await popup.getByRole('alert').first().waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('alert').first().innerText()).toMatch(/无法连接接口/);
    await useBaseUrl(env.extension, env.sandbox.url);
    await popup.close();
  });
});

describe('popup with a cache when the API fails', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
    const popup = await env.extension.openPopup();
    await search(popup, 'rb');
    await popup.close();
  });

  afterAll(async () => {
    await env?.close();
  });

  it('keeps showing cached results when a refresh fails', async () => {
    await setFault(env.sandbox.url, { route: '*', status: 503 });
    const popup = await env.extension.openPopup();
    await popup.getByRole('button', { name: '刷新数据' }).click();
    // The producer picker fails too and shows its own alert, in either order.
    const refreshAlert = popup.getByRole('alert').filter({ hasText: '正在显示缓存数据' });
    await refreshAlert.first().waitFor({ timeout: 15_000 });
    const alertText = await refreshAlert.first().innerText();
    expect(alertText).toMatch(/503/);
    const results = await search(popup, 'riben');
    expect(await results.first().innerText()).toContain('日本');
    await clearFaults(env.sandbox.url);
    await popup.close();
  });

  it('does not mention the cache for a fill error', async () => {
    const popup = await env.extension.openPopup(999_999);
    await chooseEnterprise(popup, '宁波海曙远航进出口有限公司');
    await chooseSigner(popup, '周文杰');
    await popup.getByRole('button', { name: '填充', exact: true }).click();
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/找不到要填写的标签页|扩展无法访问此页面/);
    expect(await alert.innerText()).not.toContain('正在显示缓存数据');
    await popup.close();
  });

  it('keeps the search text while an error is shown', async () => {
    await setFault(env.sandbox.url, { route: '*', status: 500 });
    const popup = await env.extension.openPopup();
    const box = popup.getByRole('combobox', { name: '查询' });
    await box.fill('6109');
    await popup.getByRole('button', { name: '刷新数据' }).click();
    await popup.getByRole('alert').first().waitFor({ timeout: 15_000 });
    expect(await box.inputValue()).toBe('6109');
    await clearFaults(env.sandbox.url);
    await popup.close();
  });
});
