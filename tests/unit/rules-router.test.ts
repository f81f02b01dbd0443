import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { routeMessage } from '@/utils/worker/router';
import { listSiteRules, readRules } from '@/utils/worker/rules-store';

const deps = { getSettings: async () => DEFAULT_SETTINGS };
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const rule = { selector: '#fld07', framePath: '/co/apply.html', source: 'enterprise.enterpriseCnName' };

function contentSender(url: string, frameId = 0, tabUrl?: string): Runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url, frameId, tab: { ...tab, url: tabUrl } };
}

describe('routeMessage from content scripts', () => {
  beforeEach(() => {
    // The worker stops the pickers and shows the toast by script injection, which the fake lacks.
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
  });

  it('stores a taught rule under the sender origin', async () => {
    const reply = await routeMessage({ type: 'teachRule', ...rule }, contentSender('https://www.singlewindow.cn/co/apply.html?id=1'), deps);
    expect(reply).toEqual({ ok: true, data: { saved: true } });
    expect(await readRules('https://www.singlewindow.cn')).toEqual([rule]);
    const injected = vi.mocked(fakeBrowser.scripting.executeScript).mock.calls.map(([options]) => options);
    expect(injected).toContainEqual(expect.objectContaining({ target: { tabId: 7, frameIds: [0] }, files: ['/toast.js'] }));
    expect(injected).toContainEqual(expect.objectContaining({ target: { tabId: 7, allFrames: true } }));
  });

  it('stores a frame rule under the tab origin', async () => {
    const sender = contentSender('https://frames.example/inner.html', 3, 'https://www.singlewindow.cn/desk');
    await routeMessage({ type: 'teachRule', ...rule, framePath: '/inner.html' }, sender, deps);
    expect((await listSiteRules()).map((site) => site.origin)).toEqual(['https://www.singlewindow.cn']);
  });

  it('ignores an origin in the message', async () => {
    const reply = await routeMessage(
      { type: 'teachRule', ...rule, origin: 'https://evil.example' },
      contentSender('https://www.singlewindow.cn/co/apply.html'),
      deps,
    );
    expect(reply).toEqual({ ok: false, error: { kind: 'invalid-request' } });
    expect(await listSiteRules()).toEqual([]);
  });

  it('rejects an unknown source', async () => {
    const reply = await routeMessage(
      { type: 'teachRule', ...rule, source: 'settings.token' },
      contentSender('https://www.singlewindow.cn/co/apply.html'),
      deps,
    );
    expect(reply).toEqual({ ok: false, error: { kind: 'invalid-request' } });
  });

  it.each([
    [{ type: 'getSettings' }],
    [{ type: 'listRules' }],
    [{ type: 'exportRules' }],
    [{ type: 'listEnterprises', refresh: false }],
    [{ type: 'fill', tabId: 7, enterpriseId: 1, overwrite: true }],
    [{ type: 'undoFill', tabId: 9 }],
  ])('rejects page request %j', async (message) => {
    const reply = await routeMessage(message, contentSender('https://www.singlewindow.cn/co/apply.html'), deps);
    expect(reply).toEqual({ ok: false, error: { kind: 'invalid-request' } });
  });

  it('rejects a content script on a non-web page', async () => {
    const reply = await routeMessage({ type: 'teachRule', ...rule }, contentSender('file:///tmp/form.html'), deps);
    expect(reply).toEqual({ ok: false, error: { kind: 'invalid-request' } });
    expect(await listSiteRules()).toEqual([]);
  });

  it('rejects teachRule from another extension', async () => {
    const sender = { ...contentSender('https://www.singlewindow.cn/co/apply.html'), id: 'another-extension' };
    const reply = await routeMessage({ type: 'teachRule', ...rule }, sender, deps);
    expect(reply.ok).toBe(false);
    expect(await listSiteRules()).toEqual([]);
  });
});

describe('rule requests from the options page', () => {
  const options: Runtime.MessageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

  it('reports an invalid file as invalid-rules-file', async () => {
    const reply = await routeMessage({ type: 'importRules', text: '[]' }, options, deps);
    expect(reply).toEqual({ ok: false, error: { kind: 'invalid-rules-file', field: expect.any(String) } });
  });

  it('imports, lists and deletes', async () => {
    const file = { format: 'fta-assistant-rules', version: 1, exportedAt: 0, sites: [{ origin: 'https://a.example', rules: [rule] }] };
    const imported = await routeMessage({ type: 'importRules', text: JSON.stringify(file) }, options, deps);
    expect(imported).toEqual({ ok: true, data: { imported: 1, sites: file.sites } });
    const deleted = await routeMessage(
      { type: 'deleteRule', origin: 'https://a.example', selector: rule.selector, framePath: rule.framePath },
      options,
      deps,
    );
    expect(deleted).toEqual({ ok: true, data: { sites: [] } });
  });
});
