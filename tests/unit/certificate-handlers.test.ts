import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DataDeps } from '@/utils/data/deps';
import { type CertificateError, certificateRequestSchema } from '@/utils/messages/certificate-protocol';
import { certificateHandlers } from '@/utils/worker/certificate-handlers';
import { safeFileName } from '@/utils/worker/save-file';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { type Sandbox, startSandbox } from '../sandbox/server';

let sandbox: Sandbox;
let deps: DataDeps;
let downloads: ReturnType<typeof vi.fn<(options: { url: string; filename?: string; saveAs?: boolean }) => Promise<number>>>;

beforeAll(async () => {
  sandbox = await startSandbox({ ccpitProgress: { queriesPerStep: 1, stepMs: 0 } });
  const settings = { ...DEFAULT_SETTINGS, baseUrl: sandbox.url, timeoutMs: 2000 };
  deps = { getSettings: async () => settings, retries: 0 };
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(() => {
  sandbox.reset();
  // The fake browser has no downloads API.
  downloads = vi.fn(async () => 1);
  vi.spyOn(fakeBrowser.downloads, 'download').mockImplementation(downloads);
});

afterEach(() => {
  vi.restoreAllMocks();
});

type Reply<Data> = { ok: true; data: Data } | { ok: false; error: CertificateError };

function dataOf<Data>(reply: Reply<Data>): Data {
  if (!reply.ok) throw new Error(`request failed: ${reply.error.kind}`);
  return reply.data;
}

function errorOf<Data>(reply: Reply<Data>): CertificateError {
  if (reply.ok) throw new Error('request succeeded, expected an error');
  return reply.error;
}

function decodeDataUrl(url: string): string {
  const comma = url.indexOf(',');
  return Buffer.from(url.slice(comma + 1), 'base64').toString('latin1');
}

describe('certificate number look-ups', () => {
  it('finds both numbers of a split invoice', async () => {
    const reply = await certificateHandlers.certNosByInvoice({ type: 'certNosByInvoice', invNo: 'YH2026-0118' }, deps);
    expect(reply).toEqual({ ok: true, data: { certNos: ['E263100A00010002', 'E263100A00010003'] } });
  });

  it('finds numbers by exporter code', async () => {
    const reply = await certificateHandlers.certNosByExporter({ type: 'certNosByExporter', exporterCode: 'MA2H7Q8X6' }, deps);
    expect(reply.ok).toBe(true);
    expect(dataOf(reply).certNos).toContain('E263100A00010001');
  });

  it('reports a server failure', async () => {
    sandbox.faults.add({ route: 'certNosByInvoice', status: 503 });
    const reply = await certificateHandlers.certNosByInvoice({ type: 'certNosByInvoice', invNo: 'YH2026-0118' }, deps);
    expect(reply).toEqual({ ok: false, error: { kind: 'server', route: 'certNosByInvoice', status: 503 } });
  });
});

describe('CCPIT documents', () => {
  it('combines status, audit result and print status', async () => {
    const reply = await certificateHandlers.ccpitLookup({ type: 'ccpitLookup', docId: '2026010002' }, deps);
    expect(reply).toEqual({
      ok: true,
      data: {
        document: {
          docId: '2026010002',
          status: '审核通过',
          printStatus: '已打印',
          auditStatus: '审核通过',
          auditOpinion: '审核通过，请打印证书。',
          auditTime: '2026-01-08 10:30:00',
          printTime: '2026-01-08 14:00:00',
        },
        pinned: false,
      },
    });
  });

  it('passes on the server message of a rejected request', async () => {
    const reply = await certificateHandlers.ccpitLookup({ type: 'ccpitLookup', docId: '1' }, deps);
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'rejected', route: 'ccpitStatus', message: '单证 1 不存在' }),
    });
  });

  it('rejects printing before approval', async () => {
    const reply = await certificateHandlers.ccpitPdf(
      { type: 'ccpitPdf', docId: '2026010001', docType: 'C', kind: 'print' },
      deps,
    );
    expect(reply.ok).toBe(false);
    expect(errorOf(reply).kind).toBe('rejected');
    expect(errorOf(reply).message).toBe('证书尚未审核通过，不能打印');
    expect(downloads).not.toHaveBeenCalled();
  });

  it('downloads the print PDF', async () => {
    const reply = await certificateHandlers.ccpitPdf(
      { type: 'ccpitPdf', docId: '2026010002', docType: 'C', invoiceNum: 'YH2026-0110', kind: 'print' },
      deps,
    );
    expect(reply).toEqual({ ok: true, data: { fileName: 'CCPIT263100000002.pdf' } });
    const options = downloads.mock.calls[0]?.[0];
    expect(options?.filename).toBe('CCPIT263100000002.pdf');
    expect(options?.saveAs).toBe(false);
    expect(options?.url.startsWith('data:application/pdf;base64,')).toBe(true);
    expect(decodeDataUrl(options?.url ?? '').startsWith('%PDF-')).toBe(true);
  });

  it('downloads the preview PDF', async () => {
    const reply = await certificateHandlers.ccpitPdf(
      { type: 'ccpitPdf', docId: '2026010001', docType: 'C', kind: 'preview' },
      deps,
    );
    expect(reply).toEqual({ ok: true, data: { fileName: 'preview-2026010001.pdf' } });
    expect(downloads).toHaveBeenCalledTimes(1);
  });
});

describe('customs certificates', () => {
  it('lists a page with filters', async () => {
    const reply = await certificateHandlers.listCustomsCertificates(
      { type: 'listCustomsCertificates', page: 0, size: 10, invNo: 'YH2026-0118' },
      deps,
    );
    expect(dataOf(reply).items.map((item) => item.certNo)).toEqual(['E263100A00010002', 'E263100A00010003']);
    expect(dataOf(reply).page).toBe(0);
    expect(dataOf(reply).last).toBe(true);
  });

  it('pages through the list', async () => {
    const first = await certificateHandlers.listCustomsCertificates({ type: 'listCustomsCertificates', page: 0, size: 2 }, deps);
    const second = await certificateHandlers.listCustomsCertificates({ type: 'listCustomsCertificates', page: 1, size: 2 }, deps);
    expect(dataOf(first).items).toHaveLength(2);
    expect(dataOf(first).last).toBe(false);
    expect(dataOf(second).page).toBe(1);
    const firstIds = dataOf(first).items.map((item) => item.id);
    const secondIds = dataOf(second).items.map((item) => item.id);
    expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
  });

  it('returns a detail with goods and documents', async () => {
    const reply = await certificateHandlers.getCustomsCertificate({ type: 'getCustomsCertificate', id: 1 }, deps);
    expect(dataOf(reply).certificate.certNo).toBe('E263100A00010001');
    expect(dataOf(reply).certificate.goods.map((goods) => goods.hsCode)).toEqual(['610910', '611030']);
    expect(dataOf(reply).certificate.documents.length).toBeGreaterThan(0);
    expect(dataOf(reply).pinned).toBe(false);
  });

  it('reports a missing certificate', async () => {
    const reply = await certificateHandlers.getCustomsCertificate({ type: 'getCustomsCertificate', id: 9999 }, deps);
    expect(reply.ok).toBe(false);
    expect(errorOf(reply).kind).toBe('not-found');
  });

  it('downloads both XML files', async () => {
    const certificate = await certificateHandlers.certificateXml(
      { type: 'certificateXml', ciqRegNo: '3302600001', kind: 'certificate' },
      deps,
    );
    const documents = await certificateHandlers.certificateXml(
      { type: 'certificateXml', ciqRegNo: '3302600001', kind: 'documents' },
      deps,
    );
    expect(certificate.ok).toBe(true);
    expect(documents.ok).toBe(true);
    expect(downloads).toHaveBeenCalledTimes(2);
    for (const [options] of downloads.mock.calls) {
      expect(options.url).toMatch(/^data:(application|text)\/xml;base64,/);
      expect(decodeDataUrl(options.url)).toContain('<?xml');
      expect(options.filename).toMatch(/\.xml$/);
    }
  });
});

describe('pins', () => {
  it('pins, lists and unpins', async () => {
    const pinned = await certificateHandlers.pinCertificate(
      { type: 'pinCertificate', kind: 'customs', key: '1', label: 'E263100A00010001' },
      deps,
    );
    expect(dataOf(pinned).pins).toEqual([{ kind: 'customs', key: '1', label: 'E263100A00010001', unseen: false }]);
    const detail = await certificateHandlers.getCustomsCertificate({ type: 'getCustomsCertificate', id: 1 }, deps);
    expect(dataOf(detail).pinned).toBe(true);

    const unpinned = await certificateHandlers.unpinCertificate({ type: 'unpinCertificate', kind: 'customs', key: '1' }, deps);
    expect(unpinned).toEqual({ ok: true, data: { pins: [] } });
  });

  it('pins a certificate only once', async () => {
    const request = { type: 'pinCertificate', kind: 'ccpit', key: '2026010001', label: 'A' } as const;
    await certificateHandlers.pinCertificate(request, deps);
    const again = await certificateHandlers.pinCertificate({ ...request, label: 'B' }, deps);
    expect(dataOf(again).pins).toEqual([{ kind: 'ccpit', key: '2026010001', label: 'B', unseen: false }]);
  });
});

describe('certificate requests', () => {
  it('rejects an out-of-range interval', () => {
    expect(certificateRequestSchema.safeParse({ type: 'saveWatcherSettings', intervalMinutes: 4 }).success).toBe(false);
    expect(certificateRequestSchema.safeParse({ type: 'saveWatcherSettings', intervalMinutes: 241 }).success).toBe(false);
    expect(certificateRequestSchema.safeParse({ type: 'saveWatcherSettings', intervalMinutes: 5 }).success).toBe(true);
  });

  it('rejects an empty invoice number', () => {
    expect(certificateRequestSchema.safeParse({ type: 'certNosByInvoice', invNo: '  ' }).success).toBe(false);
  });

  it('makes file names safe', () => {
    expect(safeFileName('../a/b:c.pdf', 'x.pdf')).toBe('_a_b_c.pdf');
    expect(safeFileName('', 'x.pdf')).toBe('x.pdf');
  });
});
