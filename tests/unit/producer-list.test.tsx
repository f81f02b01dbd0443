// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProducerList } from '@/components/admin/ProducerList';
import type { DataDeps } from '@/utils/data/deps';
import type { AdminRequest } from '@/utils/messages/admin-protocol';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { adminHandlers } from '@/utils/worker/admin-handlers';
import { type Sandbox, startSandbox } from '../sandbox/server';

const chineseMessages = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

/** Enterprise 1 of the sandbox has two producers. */
const ENTERPRISE_ID = 1;

let sandbox: Sandbox;
let deps: DataDeps;
let container: HTMLElement;

/** Routes an options-page message to its handler, as the worker's router does. */
async function routeToHandler(message: unknown): Promise<unknown> {
  const request = message as AdminRequest;
  const handler = adminHandlers[request.type] as (request: AdminRequest, deps: DataDeps) => Promise<unknown>;
  return handler(request, deps);
}

function producerNames(): string[] {
  return [...container.querySelectorAll('.producers li > span:first-child')].map((element) => element.textContent ?? '');
}

function pagerButton(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('nav.pager button')].find((element) => element.textContent === name);
  if (!(found instanceof HTMLButtonElement)) throw new Error(`No pager button named ${name}`);
  return found;
}

beforeAll(async () => {
  sandbox = await startSandbox();
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
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(routeToHandler);
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

describe('ProducerList', () => {
  it('shows no pager when one page holds all', async () => {
    render(<ProducerList enterpriseId={ENTERPRISE_ID} />, container);
    await vi.waitFor(() => expect(producerNames()).toHaveLength(2));
    expect(container.querySelector('nav.pager')).toBeNull();
  });

  it('pages through the producers', async () => {
    render(<ProducerList enterpriseId={ENTERPRISE_ID} pageSize={1} />, container);
    await vi.waitFor(() => expect(container.querySelector('nav.pager span')?.textContent).toBe('第 1 页，共 2 页'));
    const [first] = producerNames();
    expect(producerNames()).toHaveLength(1);
    expect(pagerButton('上一页').disabled).toBe(true);

    pagerButton('下一页').click();
    await vi.waitFor(() => expect(container.querySelector('nav.pager span')?.textContent).toBe('第 2 页，共 2 页'));
    expect(producerNames()).toHaveLength(1);
    expect(producerNames()[0]).not.toBe(first);
    expect(pagerButton('下一页').disabled).toBe(true);

    pagerButton('上一页').click();
    await vi.waitFor(() => expect(producerNames()).toEqual([first]));
  });

  it('steps back when a delete empties the last page', async () => {
    render(<ProducerList enterpriseId={ENTERPRISE_ID} pageSize={1} />, container);
    await vi.waitFor(() => expect(container.querySelector('nav.pager')).not.toBeNull());
    pagerButton('下一页').click();
    await vi.waitFor(() => expect(container.querySelector('nav.pager span')?.textContent).toBe('第 2 页，共 2 页'));
    const [second] = producerNames();

    const deleteButton = container.querySelector<HTMLButtonElement>('.producers li button');
    deleteButton?.click();
    await vi.waitFor(() => expect(container.querySelector('dialog')?.textContent).toContain(second));
    const confirm = [...container.querySelectorAll('dialog button')].find((element) => element.textContent === '确定删除');
    if (!(confirm instanceof HTMLButtonElement)) throw new Error('No confirm button in the dialog');
    confirm.click();

    await vi.waitFor(() => expect(container.querySelector('.producers .notice')?.textContent).toContain(second));
    await vi.waitFor(() => expect(producerNames()).toHaveLength(1));
    expect(producerNames()[0]).not.toBe(second);
    expect(container.querySelector('nav.pager')).toBeNull();
  });
});
