import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '@/utils/api/client';
import { countryListSchema, enterprisePageSchema, enterpriseSchema, signerListSchema } from '@/utils/api/schemas';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { type Sandbox, startSandbox } from '../sandbox/server';

let sandbox: Sandbox;
let settings: Settings;

beforeAll(async () => {
  sandbox = await startSandbox();
  settings = { ...DEFAULT_SETTINGS, baseUrl: sandbox.url, timeoutMs: 1000 };
});

afterEach(() => {
  sandbox.reset();
});

afterAll(async () => {
  await sandbox.close();
});

const noRetry = { retries: 0 };

describe('callApi', () => {
  it('parses the country list', async () => {
    const result = await callApi(settings, { route: 'transportCountries', schema: countryListSchema }, noRetry);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.length).toBe(243);
    expect(result.value.find((country) => country.countryCode === 'JP')?.customsCountryCode).toBe('116');
  });

  it('drops bidirectional control characters from strings', async () => {
    const body = JSON.stringify([{ id: 7, name: '周\u202E文杰', identity: 'x', tel: '1\u2066 2' }]);
    const fetchStub: typeof fetch = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
    const result = await callApi(
      settings,
      { route: 'enterpriseSigners', pathParams: { id: 1 }, schema: signerListSchema },
      { ...noRetry, fetch: fetchStub },
    );
    if (!result.ok) throw new Error(`expected a parsed signer list, got ${result.error.kind}`);
    expect(result.value[0]?.name).toBe('周文杰');
    expect(result.value[0]?.tel).toBe('1 2');
  });

  it('fills path parameters', async () => {
    const result = await callApi(
      settings,
      { route: 'enterpriseSigners', pathParams: { id: 1 }, schema: signerListSchema },
      noRetry,
    );
    expect(result.ok && result.value[0]?.name).toBe('周文杰');
  });

  it('sends the configured header and token', async () => {
    const guarded = await startSandbox({ requireAuth: { header: 'X-Api-Key', value: 'k1', token: 't1' } });
    try {
      const base = { ...settings, baseUrl: guarded.url };
      const withAuth = { ...base, authHeaderName: 'X-Api-Key', authHeaderValue: 'k1', token: 't1' };
      const accepted = await callApi(withAuth, { route: 'enterpriseList', schema: enterprisePageSchema }, noRetry);
      expect(accepted.ok).toBe(true);
      const rejected = await callApi(base, { route: 'enterpriseList', schema: enterprisePageSchema }, noRetry);
      expect(rejected.ok || rejected.error.kind).toBe('unauthorized');
    } finally {
      await guarded.close();
    }
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [429, 'rate-limited'],
    [500, 'server'],
    [418, 'http'],
  ] as const)('maps HTTP %i to %s', async (status, kind) => {
    sandbox.faults.add({ route: '*', status });
    const result = await callApi(settings, { route: 'transportCountries', schema: countryListSchema }, noRetry);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(kind);
    expect(result.error.status).toBe(status);
    expect(result.error.route).toBe('transportCountries');
  });

  it.each(['malformed-json', 'truncated', 'html', 'empty', 'schema-drift'] as const)(
    'reports a %s body as a bad response',
    async (body) => {
      sandbox.faults.add({ route: '*', body });
      const result = await callApi(settings, { route: 'transportCountries', schema: countryListSchema }, noRetry);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.kind).toBe('bad-response');
    },
  );

  it('times out a slow answer', async () => {
    sandbox.faults.add({ route: '*', latencyMs: 3000 });
    const result = await callApi(settings, { route: 'transportCountries', schema: countryListSchema }, noRetry);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('timeout');
  });

  it('reports a refused connection as offline', async () => {
    const closed = { ...settings, baseUrl: 'http://127.0.0.1:9/open/' };
    const result = await callApi(closed, { route: 'transportCountries', schema: countryListSchema }, noRetry);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('offline');
  });

  it('retries a GET after a 503 and succeeds', async () => {
    sandbox.faults.add({ route: '*', status: 503, times: 1 });
    const result = await callApi(
      settings,
      { route: 'transportCountries', schema: countryListSchema },
      { retries: 2, retryDelayMs: 10 },
    );
    expect(result.ok).toBe(true);
    expect(sandbox.requests().length).toBe(2);
  });

  it('does not retry a 500', async () => {
    sandbox.faults.add({ route: '*', status: 500 });
    await callApi(settings, { route: 'transportCountries', schema: countryListSchema }, { retries: 2, retryDelayMs: 10 });
    expect(sandbox.requests().length).toBe(1);
  });

  it('does not retry a POST', async () => {
    sandbox.faults.add({ route: '*', status: 503 });
    await callApi(
      settings,
      { route: 'enterpriseSave', body: { id: 1 }, schema: enterpriseSchema },
      { retries: 2, retryDelayMs: 10 },
    );
    expect(sandbox.requests().length).toBe(1);
  });

  it('gives up when Retry-After is longer than the cap', async () => {
    sandbox.faults.add({ route: '*', status: 429, retryAfter: 60 });
    const result = await callApi(
      settings,
      { route: 'transportCountries', schema: countryListSchema },
      { retries: 2, retryDelayMs: 10 },
    );
    expect(result.ok || result.error.retryAfter).toBe(60);
    expect(sandbox.requests().length).toBe(1);
  });

  it('rejects an invalid base URL without a request', async () => {
    const invalid = { ...settings, baseUrl: 'not a url' };
    const result = await callApi(invalid, { route: 'transportCountries', schema: countryListSchema }, noRetry);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('not-configured');
  });
});
