import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DataDeps } from '@/utils/data/deps';
import { readCachedEnterprise } from '@/utils/data/enterprises';
import type { EnterpriseEdit } from '@/utils/messages/admin-protocol';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { ENTERPRISE_TEXT_FIELDS } from '@/utils/validation/enterprise';
import { adminHandlers } from '@/utils/worker/admin-handlers';
import { FIRST_PRODUCER_PAGE_SIZE } from '@/utils/data/producer-page';
import { type Sandbox, startSandbox } from '../sandbox/server';

let sandbox: Sandbox;
let deps: DataDeps;

beforeAll(async () => {
  sandbox = await startSandbox();
  deps = {
    getSettings: async () => ({ ...DEFAULT_SETTINGS, baseUrl: sandbox.url, timeoutMs: 2000 }),
    retries: 0,
  };
});

afterEach(() => {
  sandbox.reset();
});

afterAll(async () => {
  await sandbox.close();
});

async function editOfEnterprise(id: number): Promise<EnterpriseEdit> {
  const reply = await adminHandlers.getEnterprise({ type: 'getEnterprise', id }, deps);
  if (!reply.ok) throw new Error(`getEnterprise ${id} failed: ${reply.error.kind}`);
  const { enterprise } = reply.data;
  const text = Object.fromEntries(ENTERPRISE_TEXT_FIELDS.map((field) => [field, enterprise[field]]));
  return { id: enterprise.id, ...text } as EnterpriseEdit;
}

describe('listEnterprisePage', () => {
  it('returns a page of summaries', async () => {
    const reply = await adminHandlers.listEnterprisePage({ type: 'listEnterprisePage', page: 0, size: 2, keyword: '' }, deps);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.enterprises.map((item) => item.id)).toEqual([1, 2]);
    expect(reply.data.page).toBe(0);
    expect(reply.data.size).toBe(2);
    expect(reply.data.last).toBe(false);
    expect(Object.keys(reply.data.enterprises[0] ?? {})).not.toContain('customsEnterpriseSigners');
  });

  it('sends the keyword', async () => {
    const reply = await adminHandlers.listEnterprisePage({ type: 'listEnterprisePage', page: 0, size: 20, keyword: '远航' }, deps);
    expect(reply.ok && reply.data.enterprises.map((item) => item.enterpriseCnName)).toEqual(['宁波海曙远航进出口有限公司']);
    expect(sandbox.requests()[0]?.query.keyword).toEqual(['远航']);
  });

  it('maps a server failure to a user error', async () => {
    sandbox.faults.add({ route: 'enterpriseList', status: 503 });
    const reply = await adminHandlers.listEnterprisePage({ type: 'listEnterprisePage', page: 0, size: 20, keyword: '' }, deps);
    expect(reply).toEqual({ ok: false, error: { kind: 'server', route: 'enterpriseList', status: 503 } });
  });
});

describe('getEnterprise', () => {
  it('returns signers with full and masked ID numbers', async () => {
    const reply = await adminHandlers.getEnterprise({ type: 'getEnterprise', id: 1 }, deps);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const signer = reply.data.enterprise.signers.find((item) => item.id === 11);
    expect(signer?.identity).toBe('330203199001011236');
    expect(signer?.maskedIdentity).toBe('3302**********1236');
    expect(reply.data.enterprise.exporter).toContain('\n');
  });

  it('reports an unknown id as not found', async () => {
    const reply = await adminHandlers.getEnterprise({ type: 'getEnterprise', id: 999 }, deps);
    expect(reply.ok || reply.error.kind).toBe('not-found');
  });
});

describe('saveEnterprise', () => {
  it('saves a valid edit and updates the cache', async () => {
    const edit = { ...(await editOfEnterprise(1)), corporateContacts: '  张三  ' };
    const reply = await adminHandlers.saveEnterprise({ type: 'saveEnterprise', enterprise: edit }, deps);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.enterprise?.corporateContacts).toBe('张三');
    expect((await readCachedEnterprise(1))?.corporateContacts).toBe('张三');
  });

  it('rejects invalid fields and sends nothing', async () => {
    const edit = { ...(await editOfEnterprise(1)), socialCreditCode: '91330203MA2H7Q8X6M', exporterMail: 'nope' };
    sandbox.clearRequests();
    const reply = await adminHandlers.saveEnterprise({ type: 'saveEnterprise', enterprise: edit }, deps);
    expect(reply).toEqual({ ok: false, error: { kind: 'invalid-request', field: 'socialCreditCode,exporterMail' } });
    expect(sandbox.requests()).toEqual([]);
  });

  it('creates an enterprise for id 0', async () => {
    const blank = Object.fromEntries(ENTERPRISE_TEXT_FIELDS.map((field) => [field, '']));
    const edit = { ...blank, id: 0, enterpriseCnName: '新建测试有限公司' } as EnterpriseEdit;
    const reply = await adminHandlers.saveEnterprise({ type: 'saveEnterprise', enterprise: edit }, deps);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.enterprise?.id).toBeGreaterThan(0);
    const body = sandbox.requests().find((request) => request.route === 'enterpriseSave')?.body;
    expect(body).not.toHaveProperty('id');
  });

  it('reports a failed save and keeps the cache', async () => {
    await editOfEnterprise(1);
    sandbox.faults.add({ route: 'enterpriseSave', status: 500 });
    const edit = { ...(await editOfEnterprise(1)), legalName: '李四' };
    const reply = await adminHandlers.saveEnterprise({ type: 'saveEnterprise', enterprise: edit }, deps);
    expect(reply.ok || reply.error.kind).toBe('server');
    expect((await readCachedEnterprise(1))?.legalName).toBe('陈海峰');
  });
});

describe('deleteEnterprise', () => {
  it('deletes and drops the cached record', async () => {
    await editOfEnterprise(2);
    const reply = await adminHandlers.deleteEnterprise({ type: 'deleteEnterprise', id: 2 }, deps);
    expect(reply).toEqual({ ok: true, data: { id: 2 } });
    expect(await readCachedEnterprise(2)).toBeUndefined();
  });
});

describe('producers', () => {
  const producer = {
    customsEnterpriseId: 1,
    producerName: ' 慈溪新兴电器有限公司 ',
    producerContactPerson: '赵敏',
    producerContactTel: '0574-63012345',
    socialCreditCode: '91330203MA2H7Q8X6N',
  };

  it('lists the producers of one enterprise', async () => {
    const reply = await adminHandlers.listProducers({ type: 'listProducers', enterpriseId: 1, page: 0, size: 20 }, deps);
    expect(reply.ok && reply.data.producers.map((item) => item.id)).toEqual([101, 102]);
  });

  it('serves the cached first page when the service fails', async () => {
    const request = { type: 'listProducers', enterpriseId: 1, page: 0, size: FIRST_PRODUCER_PAGE_SIZE } as const;
    const fresh = await adminHandlers.listProducers(request, deps);
    expect(fresh.ok && fresh.data.refreshError).toBeUndefined();

    sandbox.faults.add({ route: 'producerList', status: 503 });
    const cached = await adminHandlers.listProducers(request, deps);
    expect(cached.ok).toBe(true);
    if (!cached.ok) return;
    expect(cached.data.producers.map((item) => item.id)).toEqual([101, 102]);
    expect(cached.data.refreshError).toEqual({ kind: 'server', route: 'producerList', status: 503 });
  });

  it('fails when nothing is cached', async () => {
    sandbox.faults.add({ route: 'producerList', status: 503 });
    const reply = await adminHandlers.listProducers(
      { type: 'listProducers', enterpriseId: 1, page: 0, size: FIRST_PRODUCER_PAGE_SIZE },
      deps,
    );
    expect(reply).toEqual({ ok: false, error: { kind: 'server', route: 'producerList', status: 503 } });
  });

  it('fetches later pages without the cache', async () => {
    await adminHandlers.listProducers({ type: 'listProducers', enterpriseId: 1, page: 0, size: FIRST_PRODUCER_PAGE_SIZE }, deps);
    sandbox.faults.add({ route: 'producerList', status: 503 });
    const reply = await adminHandlers.listProducers({ type: 'listProducers', enterpriseId: 1, page: 1, size: 1 }, deps);
    expect(reply.ok).toBe(false);
  });

  it('adds a trimmed producer', async () => {
    const reply = await adminHandlers.addProducer({ type: 'addProducer', producer }, deps);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.producer.producerName).toBe('慈溪新兴电器有限公司');
    const listed = await adminHandlers.listProducers({ type: 'listProducers', enterpriseId: 1, page: 0, size: 20 }, deps);
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.data.producers.length).toBe(3);
  });

  it('rejects an invalid producer and sends nothing', async () => {
    sandbox.clearRequests();
    const reply = await adminHandlers.addProducer(
      { type: 'addProducer', producer: { ...producer, producerName: ' ', socialCreditCode: '123' } },
      deps,
    );
    expect(reply).toEqual({ ok: false, error: { kind: 'invalid-request', field: 'producerName,socialCreditCode' } });
    expect(sandbox.requests()).toEqual([]);
  });

  it('deletes a producer', async () => {
    const reply = await adminHandlers.deleteProducer({ type: 'deleteProducer', id: 101 }, deps);
    expect(reply).toEqual({ ok: true, data: { id: 101 } });
    const missing = await adminHandlers.deleteProducer({ type: 'deleteProducer', id: 101 }, deps);
    expect(missing.ok || missing.error.kind).toBe('not-found');
  });
});
