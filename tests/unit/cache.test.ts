import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openAssistantDb } from '@/utils/cache/db';
import type { DataDeps } from '@/utils/data/deps';
import {
  DICTIONARY_MAX_AGE_MS,
  loadDictionary,
  readCachedDictionary,
  refreshDictionary,
} from '@/utils/data/dictionaries';
import { loadEnterprises, loadSigners, readCachedEnterprise } from '@/utils/data/enterprises';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { type Sandbox, startSandbox } from '../sandbox/server';

let sandbox: Sandbox;
let now = 1_700_000_000_000;
let deps: DataDeps;

beforeAll(async () => {
  sandbox = await startSandbox();
  deps = {
    getSettings: async () => ({ ...DEFAULT_SETTINGS, baseUrl: sandbox.url, timeoutMs: 2000 }),
    now: () => now,
    retries: 0,
  };
});

afterEach(() => {
  sandbox.reset();
});

afterAll(async () => {
  await sandbox.close();
});

describe('loadDictionary', () => {
  it('fetches and caches on first use', async () => {
    const answer = await loadDictionary('countries', deps);
    expect(answer.snapshot?.records.length).toBe(243);
    expect(answer.snapshot?.fetchedAt).toBe(now);
    const cached = await readCachedDictionary('countries');
    expect(cached?.records.length).toBe(243);
  });

  it('answers from the cache without a request', async () => {
    await loadDictionary('customs122', deps);
    sandbox.clearRequests();
    const answer = await loadDictionary('customs122', deps);
    expect(answer.snapshot?.records.length).toBeGreaterThanOrEqual(1000);
    expect(sandbox.requests()).toEqual([]);
  });

  it('serves stale data and refreshes it in the background', async () => {
    await loadDictionary('countries', deps);
    const firstFetch = now;
    now += DICTIONARY_MAX_AGE_MS + 1;
    sandbox.clearRequests();
    let refreshed!: () => void;
    const done = new Promise<void>((resolve) => (refreshed = resolve));
    const answer = await loadDictionary('countries', deps, () => refreshed());
    expect(answer.snapshot?.fetchedAt).toBe(firstFetch);
    await done;
    expect((await readCachedDictionary('countries'))?.fetchedAt).toBe(now);
    expect(sandbox.requests().length).toBe(1);
  });

  it('returns the error when the cache is empty and the API fails', async () => {
    sandbox.faults.add({ route: '*', status: 500 });
    const answer = await loadDictionary('agreementCountries', deps);
    expect(answer.snapshot).toBeUndefined();
    expect(answer.error?.kind).toBe('server');
  });

  it('keeps the cached copy when a refresh fails', async () => {
    await loadDictionary('countries', deps);
    sandbox.faults.add({ route: '*', body: 'schema-drift' });
    const result = await refreshDictionary('countries', deps);
    expect(result.ok).toBe(false);
    expect((await readCachedDictionary('countries'))?.records.length).toBe(243);
  });

  it('drops corrupt cached records and keeps the rest', async () => {
    await loadDictionary('countries', deps);
    const db = await openAssistantDb();
    const stored = await db.get('dictionaries', 'countries');
    await db.put('dictionaries', { ...stored!, records: [...stored!.records, { countryCode: 42 }, 'junk'] });
    const cached = await readCachedDictionary('countries');
    expect(cached?.records.length).toBe(243);
  });

  it('refetches a dictionary whose cached copy has corrupt records', async () => {
    await loadDictionary('countries', deps);
    const db = await openAssistantDb();
    const stored = await db.get('dictionaries', 'countries');
    await db.put('dictionaries', { ...stored!, records: [...stored!.records.slice(1), { countryCode: 42 }] });
    sandbox.clearRequests();
    let refreshed!: () => void;
    const done = new Promise<void>((resolve) => (refreshed = resolve));
    const answer = await loadDictionary('countries', deps, () => refreshed());
    expect(answer.snapshot?.records.length).toBe(242);
    expect(answer.snapshot?.dropped).toBe(1);
    await done;
    expect(sandbox.requests().length).toBe(1);
    const repaired = await readCachedDictionary('countries');
    expect(repaired?.records.length).toBe(243);
    expect(repaired?.dropped).toBe(0);
  });

  it('reads every page of a standard-code table', async () => {
    const answer = await loadDictionary('standard:customs-district', deps);
    expect(answer.snapshot?.records.length).toBeGreaterThanOrEqual(40);
    expect(answer.snapshot?.records.some((code) => code.name === '宁波海关')).toBe(true);
  });
});

describe('enterprises and signers', () => {
  it('caches enterprises for offline use', async () => {
    const answer = await loadEnterprises(deps, false);
    expect(answer.items.length).toBe(3);
    sandbox.faults.add({ route: '*', status: 503 });
    expect((await readCachedEnterprise(1))?.enterpriseCnName).toBe('宁波海曙远航进出口有限公司');
  });

  it('returns cached enterprises with the error when a refresh fails', async () => {
    await loadEnterprises(deps, false);
    sandbox.faults.add({ route: '*', status: 401 });
    const answer = await loadEnterprises(deps, true);
    expect(answer.items.length).toBe(3);
    expect(answer.error?.kind).toBe('unauthorized');
  });

  it('caches signers per enterprise', async () => {
    const first = await loadSigners(1, deps, false);
    expect(first.items[0]?.name).toBe('周文杰');
    sandbox.clearRequests();
    const second = await loadSigners(1, deps, false);
    expect(second.items.map((signer) => signer.id)).toEqual(first.items.map((signer) => signer.id));
    expect(sandbox.requests()).toEqual([]);
  });

  it('falls back to the signers embedded in a cached enterprise', async () => {
    await loadEnterprises(deps, false);
    sandbox.faults.add({ route: 'enterpriseSigners', status: 500 });
    const answer = await loadSigners(1, deps, false);
    expect(answer.error?.kind).toBe('server');
    expect(answer.items[0]?.name).toBe('周文杰');
  });
});

describe('storage quota', () => {
  it('evicts other dictionaries, never enterprises, when storage is full', async () => {
    await loadEnterprises(deps, false);
    await loadDictionary('countries', deps);
    await loadDictionary('agreementCountries', deps);

    const originalPut = IDBObjectStore.prototype.put;
    let failures = 1;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'dictionaries' && failures > 0) {
        failures--;
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      }
      return originalPut.apply(this, args);
    });
    try {
      const result = await refreshDictionary('customs122', deps);
      expect(result.ok).toBe(true);
    } finally {
      spy.mockRestore();
    }

    expect((await readCachedDictionary('customs122'))?.records.length).toBeGreaterThanOrEqual(1000);
    expect(await readCachedDictionary('countries')).toBeUndefined();
    expect(await readCachedDictionary('agreementCountries')).toBeUndefined();
    expect((await readCachedEnterprise(1))?.enterpriseCnName).toBe('宁波海曙远航进出口有限公司');
  });
});

describe('untrustworthy lists', () => {
  function answering(body: unknown): DataDeps {
    return {
      ...deps,
      fetch: async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    };
  }

  it('drops signers whose id repeats', async () => {
    const twins = [
      { id: 11, name: '张三', identity: '110101199001010011', tel: '13600000001' },
      { id: 11, name: '李四', identity: '110101199001010038', tel: '13600000002' },
    ];
    const answer = await loadSigners(1, answering(twins), true);
    expect(answer.items.map((signer) => signer.name)).toEqual(['张三']);
  });

  it('keeps cached enterprises when the API returns none', async () => {
    await loadEnterprises(deps, false);
    const answer = await loadEnterprises(answering({ content: [], totalPages: 0, last: true }), true);
    expect(answer.error?.kind).toBe('bad-response');
    expect(answer.items.length).toBe(3);
  });

  it('reads a page with more items than the call stack takes arguments', async () => {
    const codes = Array.from({ length: 200_000 }, (_unused, index) => ({ code: `C${index}`, name: `代码${index}` }));
    const answer = await loadDictionary('standard:trade-mode', answering({ content: codes, last: true }));
    expect(answer.snapshot?.records.length).toBe(200_000);
    // Writing 200,000 records to fake-indexeddb takes seconds on a busy two-core machine.
  }, 30_000);
});
