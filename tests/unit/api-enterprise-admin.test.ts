import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DataDeps } from '@/utils/data/deps';
import { deleteEnterprise, getEnterprise, listEnterprisesPage, saveEnterprise } from '@/utils/data/enterprise-admin';
import { loadEnterprises, loadSigners, readCachedEnterprise, readCachedEnterprises } from '@/utils/data/enterprises';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { type Sandbox, startSandbox } from '../sandbox/server';

let sandbox: Sandbox;
let deps: DataDeps;

beforeAll(async () => {
  sandbox = await startSandbox();
  const settings = { ...DEFAULT_SETTINGS, baseUrl: sandbox.url, timeoutMs: 2000 };
  deps = { getSettings: async () => settings, now: () => 1_700_000_000_000, retries: 0 };
});

afterEach(() => {
  sandbox.reset();
});

afterAll(async () => {
  await sandbox.close();
});

describe('listEnterprisesPage', () => {
  it('pages the enterprises', async () => {
    const result = await listEnterprisesPage({ page: 1, size: 2 }, deps);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items.map((enterprise) => enterprise.id)).toEqual([3]);
    expect(result.value.last).toBe(true);
  });

  it('filters by keyword', async () => {
    const result = await listEnterprisesPage({ keyword: '恒拓' }, deps);

    expect(result.ok && result.value.items.map((enterprise) => enterprise.id)).toEqual([2]);
  });
});

describe('getEnterprise', () => {
  it('refreshes the cached record', async () => {
    const result = await getEnterprise(1, deps);

    expect(result.ok).toBe(true);
    expect((await readCachedEnterprise(1))?.enterpriseCnName).toBe('宁波海曙远航进出口有限公司');
  });
});

describe('saveEnterprise', () => {
  it('updates the cached enterprise', async () => {
    await loadEnterprises(deps, true);

    const result = await saveEnterprise({ id: 2, enterpriseCnName: '苏州吴中恒拓精密机械有限公司', exporterTel: '0512-65781299' }, deps);

    expect(result.ok).toBe(true);
    expect((await readCachedEnterprise(2))?.exporterTel).toBe('0512-65781299');
  });

  it('caches a new enterprise', async () => {
    const result = await saveEnterprise({ enterpriseCnName: '杭州新恒贸易有限公司' }, deps);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value?.id).toBe(4);
    expect((await readCachedEnterprise(4))?.enterpriseCnName).toBe('杭州新恒贸易有限公司');
  });

  it('updates cached signers when sent', async () => {
    await loadSigners(1, deps, true);

    await saveEnterprise(
      { id: 1, enterpriseCnName: '宁波海曙远航进出口有限公司', customsEnterpriseSigners: [{ id: 11, name: '周文杰', tel: '13600000000' }] },
      deps,
    );

    const signers = await loadSigners(1, deps, false);
    expect(signers.items.map((signer) => signer.tel)).toEqual(['13600000000']);
  });

  it('leaves the cache unchanged on failure', async () => {
    await loadEnterprises(deps, true);
    const before = await readCachedEnterprises();
    sandbox.faults.add({ route: 'enterpriseSave', status: 500 });

    const result = await saveEnterprise({ id: 2, enterpriseCnName: '改名', exporterTel: '1' }, deps);

    expect(result.ok || result.error.kind).toBe('server');
    expect(await readCachedEnterprises()).toEqual(before);
  });

  it('leaves the cache unchanged on a drifted answer', async () => {
    await loadEnterprises(deps, true);
    const before = await readCachedEnterprises();
    sandbox.faults.add({ route: 'enterpriseSave', body: 'schema-drift' });

    const result = await saveEnterprise({ id: 2, enterpriseCnName: '改名' }, deps);

    expect(result.ok || result.error.kind).toBe('bad-response');
    expect(await readCachedEnterprises()).toEqual(before);
  });

  it('reloads the list after an empty answer', async () => {
    const answerEmpty: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (init?.method === 'POST') {
        await fetch(url, init);
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      }
      return fetch(input, init);
    };

    const result = await saveEnterprise({ id: 3, enterpriseCnName: '深圳市鹏辉智能照明科技有限公司', legalTel: '13800000000' }, { ...deps, fetch: answerEmpty });

    expect(result.ok && result.value?.legalTel).toBe('13800000000');
    expect((await readCachedEnterprise(3))?.legalTel).toBe('13800000000');
  });
});

describe('deleteEnterprise', () => {
  it('drops the enterprise and its signers from the cache', async () => {
    await loadEnterprises(deps, true);
    await loadSigners(3, deps, true);

    const result = await deleteEnterprise(3, deps);

    expect(result.ok).toBe(true);
    expect(await readCachedEnterprise(3)).toBeUndefined();
    expect((await readCachedEnterprises()).items.map((enterprise) => enterprise.id)).toEqual([1, 2]);
    expect((await loadSigners(3, deps, false)).items).toEqual([]);
  });

  it('leaves the cache unchanged on failure', async () => {
    await loadEnterprises(deps, true);
    sandbox.faults.add({ route: 'enterpriseDelete', status: 503 });

    const result = await deleteEnterprise(3, deps);

    expect(result.ok || result.error.kind).toBe('server');
    expect((await readCachedEnterprise(3))?.id).toBe(3);
  });

  it('reports a missing enterprise', async () => {
    const result = await deleteEnterprise(99, deps);

    expect(result.ok || result.error.kind).toBe('not-found');
  });
});
