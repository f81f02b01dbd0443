import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DataDeps } from '@/utils/data/deps';
import { addProducer, deleteProducer, listProducers } from '@/utils/data/producers';
import { isValidUscc } from '@/utils/validation/codes';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { type Sandbox, startSandbox } from '../sandbox/server';

let sandbox: Sandbox;
let deps: DataDeps;

beforeAll(async () => {
  sandbox = await startSandbox();
  const settings = { ...DEFAULT_SETTINGS, baseUrl: sandbox.url, timeoutMs: 2000 };
  deps = { getSettings: async () => settings, retries: 0 };
});

afterEach(() => {
  sandbox.reset();
});

afterAll(async () => {
  await sandbox.close();
});

describe('producers', () => {
  it('lists the producers of one enterprise', async () => {
    const result = await listProducers(1, {}, deps);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items.map((producer) => producer.id)).toEqual([101, 102]);
    expect(result.value.items[0]?.customsEnterpriseName).toBe('宁波海曙远航进出口有限公司');
    expect(sandbox.requests()[0]?.query.customsEnterpriseId).toEqual(['1']);
  });

  it('seeds valid credit codes', async () => {
    const result = await listProducers(2, {}, deps);

    for (const producer of result.ok ? result.value.items : []) {
      expect(isValidUscc(producer.socialCreditCode), producer.producerName).toBe(true);
    }
  });

  it('adds a producer that the list then shows', async () => {
    const added = await addProducer(
      { customsEnterpriseId: 3, producerName: '惠州市光耀电子有限公司', producerContactPerson: '何丽' },
      deps,
    );
    const listed = await listProducers(3, {}, deps);

    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value.customsEnterpriseName).toBe('深圳市鹏辉智能照明科技有限公司');
    expect(listed.ok && listed.value.items.map((producer) => producer.id)).toContain(added.value.id);
  });

  it('rejects a producer of an unknown enterprise', async () => {
    const result = await addProducer({ customsEnterpriseId: 99, producerName: '无名厂' }, deps);

    expect(result.ok || result.error.status).toBe(400);
  });

  it('deletes a producer', async () => {
    const deleted = await deleteProducer(101, deps);
    const listed = await listProducers(1, {}, deps);

    expect(deleted.ok).toBe(true);
    expect(listed.ok && listed.value.items.map((producer) => producer.id)).toEqual([102]);
  });

  it('reports deleting a missing producer', async () => {
    const result = await deleteProducer(9999, deps);

    expect(result.ok || result.error.kind).toBe('not-found');
  });
});
