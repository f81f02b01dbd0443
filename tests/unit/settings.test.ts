import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema, toPublicSettings } from '@/utils/settings';
import { readSettings, writeSettings } from '@/utils/worker/settings-store';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('settingsSchema', () => {
  it('accepts the defaults', () => {
    expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  it('rejects a base URL that is not http or https', () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, baseUrl: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('rejects a header name with spaces', () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, authHeaderName: 'X Api Key' }).success).toBe(false);
  });

  it.each([
    'http://user:secret@127.0.0.1:8080/open/',
    'https://fta.chinackts.com/open/?x=1',
    'https://fta.chinackts.com/open/#top',
  ])('rejects the base URL %s', (baseUrl) => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, baseUrl }).success).toBe(false);
  });

  it.each(['Cookie', 'host', 'Sec-Fetch-Mode', 'Proxy-Authorization'])('rejects the header name %s', (authHeaderName) => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, authHeaderName }).success).toBe(false);
  });

  it.each(['key\r\nX-Injected: 1', '密钥'])('rejects the header value %j', (authHeaderValue) => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, authHeaderValue }).success).toBe(false);
  });

  it('accepts a header value of visible ASCII', () => {
    const settings = { ...DEFAULT_SETTINGS, authHeaderName: 'X-Api-Key', authHeaderValue: 'Bearer abc.DEF-123_=' };
    expect(settingsSchema.safeParse(settings).success).toBe(true);
  });

  it('rejects a timeout under one second', () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, timeoutMs: 10 }).success).toBe(false);
  });
});

describe('toPublicSettings', () => {
  it('replaces secrets with flags', () => {
    const shown = toPublicSettings({ ...DEFAULT_SETTINGS, authHeaderName: 'X-Key', authHeaderValue: 's3cret', token: 't0k' });
    expect(JSON.stringify(shown)).not.toContain('s3cret');
    expect(JSON.stringify(shown)).not.toContain('t0k');
    expect(shown.hasAuthHeaderValue).toBe(true);
    expect(shown.hasToken).toBe(true);
  });
});

describe('settings store', () => {
  it('returns defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips saved settings through storage.local', async () => {
    const saved = { ...DEFAULT_SETTINGS, baseUrl: 'http://127.0.0.1:9/open/', token: 'abc' };
    await writeSettings(saved);
    expect(await readSettings()).toEqual(saved);
  });

  it('falls back to defaults when stored settings are corrupt', async () => {
    await fakeBrowser.storage.local.set({ settings: { baseUrl: 42 } });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('never writes to storage.sync', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, token: 'abc' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
