/**
 * The fault matrix: each way the API can fail, with the error the user is told about, whether
 * the request was retried, and whether the cached data survived. A summary table is printed
 * after the run.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorKind } from '@/utils/api/errors';
import type { DataDeps } from '@/utils/data/deps';
import { readCachedDictionary, refreshDictionary } from '@/utils/data/dictionaries';
import { callApi } from '@/utils/api/client';
import { enterpriseSchema } from '@/utils/api/schemas';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { FaultSpec } from '../sandbox/faults';
import { type Sandbox, startSandbox } from '../sandbox/server';

interface MatrixRow {
  name: string;
  fault?: FaultSpec;
  /** Replaces the network for faults the sandbox cannot produce. */
  fetch?: typeof fetch;
  baseUrl?: string;
  /** The error kind expected, or 'ok' when the answer is valid. */
  expected: ApiErrorKind | 'ok';
  /** Requests sent, with two retries allowed. */
  requests?: number;
}

const RETRIES = 2;

const rows: MatrixRow[] = [
  { name: 'HTTP 401', fault: { status: 401 }, expected: 'unauthorized', requests: 1 },
  { name: 'HTTP 403', fault: { status: 403 }, expected: 'forbidden', requests: 1 },
  { name: 'HTTP 404', fault: { status: 404 }, expected: 'not-found', requests: 1 },
  { name: 'HTTP 429, Retry-After 1', fault: { status: 429, retryAfter: 1 }, expected: 'rate-limited', requests: 3 },
  { name: 'HTTP 500', fault: { status: 500 }, expected: 'server', requests: 1 },
  { name: 'HTTP 502', fault: { status: 502 }, expected: 'server', requests: 3 },
  { name: 'HTTP 503', fault: { status: 503 }, expected: 'server', requests: 3 },
  { name: 'connection refused', baseUrl: 'http://127.0.0.1:9/open/', expected: 'offline' },
  { name: 'connection dropped', fault: { status: 0 }, expected: 'offline', requests: 3 },
  { name: 'timeout', fault: { latencyMs: 1500 }, expected: 'timeout', requests: 3 },
  { name: 'truncated body', fault: { body: 'truncated' }, expected: 'bad-response', requests: 1 },
  { name: 'malformed JSON', fault: { body: 'malformed-json' }, expected: 'bad-response', requests: 1 },
  { name: 'HTML error page', fault: { body: 'html' }, expected: 'bad-response', requests: 1 },
  { name: 'empty body', fault: { body: 'empty' }, expected: 'bad-response', requests: 1 },
  { name: 'schema drift', fault: { body: 'schema-drift' }, expected: 'bad-response', requests: 1 },
  {
    name: 'empty list',
    fetch: async () => new Response('[]', { headers: { 'content-type': 'application/json' } }),
    expected: 'bad-response',
  },
  { name: '5 MB response', fault: { body: 'large' }, expected: 'ok', requests: 1 },
];

const outcomes: Array<{ name: string; passed: boolean }> = [];
let sandbox: Sandbox;

function depsFor(row: MatrixRow): DataDeps {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    baseUrl: row.baseUrl ?? sandbox.url,
    timeoutMs: 1000,
  };
  return { getSettings: async () => settings, fetch: row.fetch, retries: RETRIES, retryDelayMs: 20 };
}

function messageKeys(locale: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
}

beforeAll(async () => {
  sandbox = await startSandbox();
});

afterAll(async () => {
  await sandbox.close();
  const passed = outcomes.filter((outcome) => outcome.passed).length;
  const lines = outcomes.map((outcome) => `  ${outcome.passed ? 'pass' : 'FAIL'}  ${outcome.name}`);
  console.log(['Fault matrix:', ...lines, `${passed} passed, ${outcomes.length - passed} failed`].join('\n'));
});

describe('fault matrix', () => {
  it.each(rows)('$name', async (row) => {
    let passed = false;
    try {
      sandbox.reset();
      const warm = await refreshDictionary('countries', { ...depsFor({ name: 'warm', expected: 'ok' }), retries: 0 });
      expect(warm.ok).toBe(true);
      if (row.fault) sandbox.faults.add({ route: 'transportCountries', ...row.fault });
      sandbox.clearRequests();

      const result = await refreshDictionary('countries', depsFor(row));
      if (row.expected === 'ok') {
        expect(result.ok).toBe(true);
      } else {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.kind).toBe(row.expected);
        for (const locale of ['zh_CN', 'en']) {
          const key = `error_${row.expected.replaceAll('-', '_')}`;
          expect(messageKeys(locale)[key]?.message, `${locale} ${key}`).toBeTruthy();
        }
      }
      if (row.requests !== undefined) expect(sandbox.requests().length).toBe(row.requests);

      // A failure keeps the 243 cached countries; a valid answer, however large, replaces them.
      const cached = await readCachedDictionary('countries');
      if (row.expected === 'ok') expect(cached?.records.length).toBeGreaterThan(243);
      else expect(cached?.records.length).toBe(243);
      passed = true;
    } finally {
      outcomes.push({ name: row.name, passed });
    }
  });

  it('never retries a POST', async () => {
    let passed = false;
    try {
      sandbox.reset();
      sandbox.faults.add({ route: 'enterpriseSave', status: 503 });
      const settings = { ...DEFAULT_SETTINGS, baseUrl: sandbox.url };
      const result = await callApi(
        settings,
        { route: 'enterpriseSave', body: { id: 1 }, schema: enterpriseSchema },
        { retries: RETRIES, retryDelayMs: 20 },
      );
      expect(result.ok).toBe(false);
      expect(sandbox.requests().length).toBe(1);
      passed = true;
    } finally {
      outcomes.push({ name: 'POST with HTTP 503 is not retried', passed });
    }
  });
});
