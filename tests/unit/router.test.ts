import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { routeMessage } from '@/utils/worker/router';

const deps = { getSettings: async () => DEFAULT_SETTINGS };

function pageSender(path: string): Runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(path as '/popup.html') };
}

describe('routeMessage', () => {
  it('answers a valid request from the popup', async () => {
    const reply = await routeMessage({ type: 'getSettings' }, pageSender('/popup.html'), deps);
    expect(reply).toEqual({ ok: true, data: expect.objectContaining({ baseUrl: DEFAULT_SETTINGS.baseUrl }) });
  });

  it('rejects a request from a web page frame', async () => {
    const sender: Runtime.MessageSender = {
      id: fakeBrowser.runtime.id,
      url: 'https://portal.example/form.html',
      tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    };
    const reply = await routeMessage({ type: 'getSettings' }, sender, deps);
    expect(reply).toEqual({ ok: false, error: { kind: 'invalid-request' } });
  });

  it('rejects a request from another extension', async () => {
    const sender: Runtime.MessageSender = { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' };
    const reply = await routeMessage({ type: 'getSettings' }, sender, deps);
    expect(reply.ok).toBe(false);
  });

  it('rejects a malformed request from an extension page', async () => {
    const reply = await routeMessage({ type: 'fill', tabId: 'all' }, pageSender('/popup.html'), deps);
    expect(reply).toEqual({ ok: false, error: { kind: 'invalid-request' } });
  });

  it('never returns stored secrets', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, authHeaderName: 'X-Key', authHeaderValue: 'very-secret', token: 'tok-123' },
    });
    const reply = await routeMessage({ type: 'getSettings' }, pageSender('/options.html'), {
      getSettings: async () => DEFAULT_SETTINGS,
    });
    expect(JSON.stringify(reply)).not.toContain('very-secret');
    expect(JSON.stringify(reply)).not.toContain('tok-123');
  });

  it('rejects invalid settings and names the field', async () => {
    const reply = await routeMessage(
      { type: 'saveSettings', baseUrl: 'ftp://example.com/', authHeaderName: '', timeoutMs: 5000 },
      pageSender('/options.html'),
      deps,
    );
    expect(reply).toEqual({ ok: false, error: { kind: 'invalid-settings', field: 'baseUrl' } });
  });
});
