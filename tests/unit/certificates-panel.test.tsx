// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CertificatesPanel } from '@/components/certificates/CertificatesPanel';
import type { DataDeps } from '@/utils/data/deps';
import { certificateRequestSchema } from '@/utils/messages/certificate-protocol';
import { certificateHandlers } from '@/utils/worker/certificate-handlers';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { type Sandbox, startSandbox } from '../sandbox/server';

const chineseMessages = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

let sandbox: Sandbox;
let deps: DataDeps;
let container: HTMLElement;

/** Routes a popup message to its handler, as the worker's router does for certificate requests. */
async function routeToHandler(message: unknown): Promise<unknown> {
  const request = certificateRequestSchema.parse(message);
  const handler = certificateHandlers[request.type] as (request: unknown, deps: DataDeps) => Promise<unknown>;
  return handler(request, deps);
}

beforeAll(async () => {
  sandbox = await startSandbox({ ccpitProgress: { queriesPerStep: 1, stepMs: 0 } });
  const settings = { ...DEFAULT_SETTINGS, baseUrl: sandbox.url, timeoutMs: 2000 };
  deps = { getSettings: async () => settings, retries: 0 };
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(() => {
  sandbox.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) => {
    const values = [substitutions ?? []].flat();
    const text = chineseMessages[key]?.message ?? '';
    return text.replace(/\$(\d)/g, (_match, digit: string) => values[Number(digit) - 1] ?? '');
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(routeToHandler);
  vi.spyOn(fakeBrowser.downloads, 'download').mockResolvedValue(1);
  container = document.createElement('div');
  document.body.append(container);
  render(<CertificatesPanel />, container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

function region(name: string): HTMLElement {
  const heading = [...container.querySelectorAll('h3')].find((element) => element.textContent === name);
  const section = heading?.closest('section');
  if (!section) throw new Error(`No section headed ${name}`);
  return section;
}

function labelledInput(scope: HTMLElement, label: string): HTMLInputElement {
  const found = [...scope.querySelectorAll('label')].find((element) => element.firstChild?.textContent === label);
  const input = found?.querySelector('input');
  if (!input) throw new Error(`No input labelled ${label}`);
  return input;
}

function button(scope: HTMLElement, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((element) => element.textContent === name);
  if (!found) throw new Error(`No button named ${name}`);
  return found;
}

/** Types into an input and waits for Preact's re-render, so the next click reads the new state. */
async function type(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('CertificatesPanel', () => {
  it('lists the certificate numbers of an invoice', async () => {
    const lookup = region('查证书号');
    await type(labelledInput(lookup, '发票号'), 'YH2026-0118');
    button(lookup, '查询').click();
    await vi.waitFor(() => expect(lookup.querySelectorAll('ul.cert-nos li')).toHaveLength(2));
    const copyNames = [...lookup.querySelectorAll('ul.cert-nos button')].map((element) => element.getAttribute('aria-label'));
    expect(copyNames).toEqual(['复制 E263100A00010002', '复制 E263100A00010003']);
  });

  it('shows a CCPIT document and pins it', async () => {
    const ccpit = region('贸促会证书');
    await type(labelledInput(ccpit, '单证号'), '2026010001');
    button(ccpit, '查询').click();
    await vi.waitFor(() => expect(ccpit.querySelector('[data-field="status"]')?.textContent).toBe('已提交'));
    button(ccpit, '关注').click();
    await vi.waitFor(() => expect(button(ccpit, '已关注').getAttribute('aria-pressed')).toBe('true'));
    await vi.waitFor(() => expect(region('关注的证书').textContent).toContain('贸促会单证 2026010001'));
  });

  it('shows a rejection in an alert', async () => {
    const ccpit = region('贸促会证书');
    await type(labelledInput(ccpit, '单证号'), '1');
    button(ccpit, '查询').click();
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain('单证 1 不存在'));
  });

  it('opens a customs certificate and downloads its XML', async () => {
    const customs = region('海关证书');
    await vi.waitFor(() => expect(customs.querySelectorAll('tbody tr').length).toBeGreaterThan(0));
    const row = [...customs.querySelectorAll('tbody tr')].find((element) => element.textContent?.includes('E263100A00010001'));
    if (!row) throw new Error('No row for E263100A00010001');
    button(row as HTMLElement, '详情').click();

    await vi.waitFor(() => expect(region('E263100A00010001').querySelectorAll('table.goods tbody tr')).toHaveLength(2));
    button(region('E263100A00010001'), '下载证书 XML').click();
    const status = container.querySelector('section.certificates > p[role="status"]');
    await vi.waitFor(() => expect(status?.textContent).toContain('已下载'));
  });

  it('counts one page for an empty list', async () => {
    const customs = region('海关证书');
    await vi.waitFor(() => expect(customs.querySelector('nav.pager')).not.toBeNull());
    await type(labelledInput(customs, '证书号'), 'NO-SUCH-CERTIFICATE');
    button(customs, '筛选').click();
    await vi.waitFor(() => expect(customs.textContent).toContain('没有'));
    expect(customs.querySelector('nav.pager span')?.textContent).toBe('第 1 页，共 1 页');
  });

  it('offers a retry when a detail fails to load', async () => {
    const customs = region('海关证书');
    await vi.waitFor(() => expect(customs.querySelectorAll('tbody tr').length).toBeGreaterThan(0));
    sandbox.faults.add({ route: 'customsCertGet', body: 'schema-drift', times: 1 });
    const row = [...customs.querySelectorAll('tbody tr')].find((element) => element.textContent?.includes('E263100A00010001'));
    if (!row) throw new Error('No row for E263100A00010001');
    button(row as HTMLElement, '详情').click();

    await vi.waitFor(() => expect(region('未能加载证书详情')).toBeDefined());
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('海关证书详情');
    button(region('未能加载证书详情'), '重试').click();
    await vi.waitFor(() => expect(region('E263100A00010001').querySelectorAll('table.goods tbody tr')).toHaveLength(2));
  });

  it('disables paging on one page', async () => {
    const customs = region('海关证书');
    await vi.waitFor(() => expect(customs.querySelector('nav.pager')).not.toBeNull());
    expect(customs.querySelector('nav.pager span')?.textContent).toBe('第 1 页，共 1 页');
    expect(button(customs, '上一页').disabled).toBe(true);
    expect(button(customs, '下一页').disabled).toBe(true);
  });
});
