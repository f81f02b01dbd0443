import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DataDeps } from '@/utils/data/deps';
import {
  certNosByExporter,
  certNosByInvoice,
  createCustomsCertificate,
  customsCertificateXml,
  deleteCustomsCertificate,
  documentXml,
  getCustomsCertificate,
  importCustomsCertificates,
  listCustomsCertificates,
  sendCustomsReceipt,
  updateCustomsCertificate,
} from '@/utils/data/certificates';
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

function text(bytes: ArrayBuffer): string {
  return new TextDecoder().decode(bytes);
}

describe('customs certificate list', () => {
  it('pages the seed certificates', async () => {
    const result = await listCustomsCertificates({ page: 0, size: 4 }, deps);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items.length).toBe(4);
    expect(result.value.totalElements).toBe(6);
    expect(result.value.last).toBe(false);
  });

  it('holds every workflow state', async () => {
    const result = await listCustomsCertificates({ size: 50 }, deps);

    const statuses = new Set(result.ok ? result.value.items.map((certificate) => certificate.status) : []);
    expect([...statuses].sort()).toEqual(['已打印', '已申报', '已退回', '审核通过', '草稿'].sort());
  });

  it.each([
    [{ status: '已申报' }, [3, 6]],
    [{ invNo: 'YH2026-0118' }, [2, 3]],
    [{ certNo: 'E262305A00020001' }, [5]],
    [{ customsEnterpriseId: 3 }, [6]],
  ])('filters by %o', async (filters, ids) => {
    const result = await listCustomsCertificates({ filters }, deps);

    expect(result.ok && result.value.items.map((certificate) => certificate.id)).toEqual(ids);
  });

  it('sends the filters as query parameters', async () => {
    await listCustomsCertificates({ page: 1, size: 5, filters: { status: '草稿' } }, deps);

    expect(sandbox.requests()[0]?.query).toEqual({ page: ['1'], size: ['5'], status: ['草稿'] });
  });
});

describe('customs certificate detail', () => {
  it('has goods lines and documents', async () => {
    const result = await getCustomsCertificate(1, deps);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.certNo).toBe('E263100A00010001');
    expect(result.value.goodsList.map((line) => line.hsCode)).toEqual(['610910', '611030']);
    expect(result.value.documentList.map((document) => document.fileTypeName)).toEqual(['商业发票', '装箱单']);
  });

  it('reports a missing certificate', async () => {
    const result = await getCustomsCertificate(999, deps);

    expect(result.ok || result.error.kind).toBe('not-found');
  });
});

describe('customs certificate changes', () => {
  it('creates a draft', async () => {
    const result = await createCustomsCertificate(
      { customsEnterpriseId: 1, invNo: 'YH2026-0301', goodsList: [{ hsCode: '610910', goodsName: 'T恤衫' }] },
      deps,
    );

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.status).toBe('草稿');
    expect(result.value.goodsList[0]?.goodsName).toBe('T恤衫');
    const read = await getCustomsCertificate(result.value.id, deps);
    expect(read.ok && read.value.invNo).toBe('YH2026-0301');
  });

  it('imports a batch', async () => {
    const result = await importCustomsCertificates([{ invNo: 'A-1' }, { invNo: 'A-2' }], deps);

    expect(result.ok && result.value.map((certificate) => certificate.invNo)).toEqual(['A-1', 'A-2']);
  });

  it('updates a draft and keeps other fields', async () => {
    const result = await updateCustomsCertificate(4, { mark: 'SANWA/TOKYO' }, deps);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.mark).toBe('SANWA/TOKYO');
    expect(result.value.invNo).toBe('YH2026-0202');
  });

  it('refuses to edit an approved certificate', async () => {
    const result = await updateCustomsCertificate(2, { mark: 'X' }, deps);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('http');
    expect(result.error.status).toBe(409);
  });

  it('deletes a draft', async () => {
    const deleted = await deleteCustomsCertificate(4, deps);
    const read = await getCustomsCertificate(4, deps);

    expect(deleted.ok).toBe(true);
    expect(read.ok || read.error.kind).toBe('not-found');
  });

  it('refuses to delete a printed certificate', async () => {
    const result = await deleteCustomsCertificate(1, deps);

    expect(result.ok || result.error.status).toBe(409);
  });
});

describe('certificate numbers', () => {
  it('lists both certificates of a split invoice', async () => {
    const result = await certNosByInvoice('YH2026-0118', {}, deps);

    expect(result.ok && result.value).toEqual(['E263100A00010002', 'E263100A00010003']);
  });

  it('narrows by application number', async () => {
    const result = await certNosByInvoice('YH2026-0118', { ciqRegNo: '3302600003' }, deps);

    expect(result.ok && result.value).toEqual(['E263100A00010003']);
  });

  it('leaves out drafts without a number', async () => {
    const result = await certNosByInvoice('YH2026-0202', {}, deps);

    expect(result.ok && result.value).toEqual([]);
  });

  it('lists an exporter code', async () => {
    const result = await certNosByExporter('MA2H7Q8X6', deps);

    expect(result.ok && result.value).toEqual(['E263100A00010001', 'E263100A00010002', 'E263100A00010003']);
  });

  it('returns nothing for an unknown exporter code', async () => {
    const result = await certNosByExporter('000000000', deps);

    expect(result.ok && result.value).toEqual([]);
  });
});

describe('customs receipts and XML', () => {
  it('applies a receipt to the certificate', async () => {
    const receipt = '<?xml version="1.0"?><receipt><ciqRegNo>3302600003</ciqRegNo><status>审核通过</status></receipt>';

    const sent = await sendCustomsReceipt(new Blob([receipt], { type: 'application/xml' }), 'receipt.xml', deps);
    const read = await getCustomsCertificate(3, deps);

    expect(sent.ok).toBe(true);
    expect(read.ok && read.value.status).toBe('审核通过');
  });

  it('sends the receipt as multipart', async () => {
    await sendCustomsReceipt(new Blob(['<receipt/>']), 'receipt.xml', deps);

    expect(sandbox.requests()[0]?.route).toBe('customsReceipt');
    expect(String(sandbox.requests()[0]?.body)).toContain('name="file"; filename="receipt.xml"');
  });

  it('serves the certificate XML', async () => {
    const result = await customsCertificateXml('3302600001', deps);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const xml = text(result.value.bytes);
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml).toContain('<certNo>E263100A00010001</certNo>');
    expect(xml).toContain('<hsCode>610910</hsCode>');
    expect(result.value.fileName).toBe('3302600001.xml');
  });

  it('serves the documents XML', async () => {
    const result = await documentXml('3302600001', deps);

    expect(result.ok && text(result.value.bytes)).toContain('<fileTypeName>装箱单</fileTypeName>');
  });

  it('escapes markup in XML text', async () => {
    const result = await customsCertificateXml('3302600001', deps);

    expect(result.ok && text(result.value.bytes)).toContain('NINGBO HAISHU YUANHANG IMPORT &#38; EXPORT');
  });

  it('reports an unknown application number', async () => {
    const result = await documentXml('0000000000', deps);

    expect(result.ok || result.error.kind).toBe('not-found');
  });

  it('reports an HTML page as a bad response', async () => {
    sandbox.faults.add({ route: 'customsCertXml', body: 'html' });

    const result = await customsCertificateXml('3302600001', deps);

    expect(result.ok || result.error.detail).toContain('HTML');
  });
});
