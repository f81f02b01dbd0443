import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Environment, startEnvironment } from './support/environment';

interface StoredSettings {
  baseUrl: string;
  authHeaderName: string;
  authHeaderValue: string;
  token: string;
  timeoutMs: number;
}

describe('options page', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  async function storedSettings(): Promise<StoredSettings> {
    const worker = await env.extension.worker();
    return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as StoredSettings);
  }

  it('saves the base URL and credentials to storage.local', async () => {
    const page = await env.extension.openOptions();
    const baseUrl = page.getByLabel('接口地址', { exact: true });
    await expect.poll(() => baseUrl.inputValue()).toBe(env.sandbox.url);
    await page.getByLabel('认证请求头名称', { exact: true }).fill('X-Api-Key');
    await page.getByLabel('认证请求头的值', { exact: true }).fill('sandbox-key');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('已保存');

    const stored = await storedSettings();
    expect(stored.baseUrl).toBe(env.sandbox.url);
    expect(stored.authHeaderName).toBe('X-Api-Key');
    expect(stored.authHeaderValue).toBe('sandbox-key');
  });

  it('never shows a stored secret again', async () => {
    const page = await env.extension.openOptions();
    const secret = page.getByLabel('认证请求头的值', { exact: true });
    await expect.poll(() => secret.getAttribute('placeholder')).toContain('已保存');
    expect(await secret.inputValue()).toBe('');
    expect(await page.content()).not.toContain('sandbox-key');
  });

  it('keeps the stored secret when the box is left empty', async () => {
    const page = await env.extension.openOptions();
    await page.getByLabel('超时（秒）', { exact: true }).fill('8');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('已保存');
    const stored = await storedSettings();
    expect(stored.authHeaderValue).toBe('sandbox-key');
    expect(stored.timeoutMs).toBe(8000);
  });

  it.each(['not a url', 'javascript:alert(1)//', 'ftp://127.0.0.1/open/'])('rejects the base URL %s', async (value) => {
    const page = await env.extension.openOptions();
    const baseUrl = page.getByLabel('接口地址', { exact: true });
    await expect.poll(() => baseUrl.inputValue()).toBe(env.sandbox.url);
    await baseUrl.fill(value);
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('#baseUrl-error').innerText()).toContain('接口地址');
    expect(await baseUrl.getAttribute('aria-invalid')).toBe('true');
    expect((await storedSettings()).baseUrl).toBe(env.sandbox.url);
    await page.close();
  });

  it('clears the saved credentials on request', async () => {
    const page = await env.extension.openOptions();
    await page.getByLabel('清除已保存的凭据').check();
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('已保存');
    const stored = await storedSettings();
    expect(stored.authHeaderValue).toBe('');
    expect(stored.token).toBe('');
  });
});

describe('options page certificate alerts', () => {
  let env: Environment;

  beforeAll(async () => {
    env = await startEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  it('saves the check interval and sets the alarm', async () => {
    const page = await env.extension.openOptions();
    const interval = page.getByLabel('检查间隔（分钟）', { exact: true });
    await expect.poll(() => interval.inputValue()).toBe('15');
    await interval.fill('30');
    await page.getByRole('button', { name: '应用检查间隔' }).click();
    await expect.poll(() => page.locator('.watcher-settings .notice').innerText()).toBe('已保存');
    const worker = await env.extension.worker();
    const alarm = await worker.evaluate(async () => chrome.alarms.get('certificate-watcher'));
    expect(alarm?.periodInMinutes).toBe(30);
  });

  it('rejects an interval out of range', async () => {
    const page = await env.extension.openOptions();
    const interval = page.getByLabel('检查间隔（分钟）', { exact: true });
    await expect.poll(() => interval.inputValue()).not.toBe('');
    await interval.fill('2');
    await page.getByRole('button', { name: '应用检查间隔' }).click();
    expect(await interval.getAttribute('aria-invalid')).toBe('true');
  });
});
