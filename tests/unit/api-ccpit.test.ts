import { afterEach, describe, expect, it } from 'vitest';
import type { DataDeps } from '@/utils/data/deps';
import {
  ccpitAuditResult,
  ccpitPreviewDraftPdf,
  ccpitPreviewPdf,
  ccpitPrintPdf,
  ccpitPrintStatus,
  ccpitStatus,
  createCcpitCertificate,
  createCcpitDraft,
  uploadCcpitFile,
  uploadCcpitFileBytes,
} from '@/utils/data/certificates';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { CcpitProgressOptions } from '../sandbox/ccpit-store';
import { type Sandbox, startSandbox } from '../sandbox/server';

const started: Sandbox[] = [];

async function setUp(progress: CcpitProgressOptions = { queriesPerStep: 1, stepMs: 0 }): Promise<{ sandbox: Sandbox; deps: DataDeps }> {
  const sandbox = await startSandbox({ ccpitProgress: progress });
  started.push(sandbox);
  const settings = { ...DEFAULT_SETTINGS, baseUrl: sandbox.url, timeoutMs: 2000 };
  return { sandbox, deps: { getSettings: async () => settings, retries: 0 } };
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

function pdfText(bytes: ArrayBuffer): string {
  return Buffer.from(bytes).toString('latin1');
}

describe('CCPIT status', () => {
  it('advances one step per query', async () => {
    const { deps } = await setUp();
    const seen: string[] = [];
    for (let index = 0; index < 5; index++) {
      const result = await ccpitStatus('2026010001', deps);
      if (!result.ok) throw new Error(result.error.detail);
      seen.push(`${result.value.status}/${result.value.printStatus}`);
    }

    expect(seen).toEqual(['已提交/未打印', '审核中/未打印', '审核通过/待打印', '审核通过/已打印', '审核通过/已打印']);
  });

  it('advances with the clock', async () => {
    let now = 1_000_000;
    const { deps } = await setUp({ queriesPerStep: 0, stepMs: 10_000, now: () => now });

    const first = await ccpitStatus('2026010001', deps);
    now += 20_000;
    const later = await ccpitStatus('2026010001', deps);

    expect(first.ok && first.value.status).toBe('已提交');
    expect(later.ok && later.value.status).toBe('审核通过');
  });

  it('restarts the timeline on reset', async () => {
    const { sandbox, deps } = await setUp();
    await ccpitStatus('2026010001', deps);
    await ccpitStatus('2026010001', deps);
    sandbox.reset();

    const result = await ccpitStatus('2026010001', deps);

    expect(result.ok && result.value.status).toBe('已提交');
  });

  it('sends the docId query parameter', async () => {
    const { sandbox, deps } = await setUp();

    await ccpitStatus('2026010001', deps);

    expect(sandbox.requests()[0]?.query).toEqual({ docId: ['2026010001'] });
  });

  it('rejects an unknown document with the server message', async () => {
    const { deps } = await setUp();

    const result = await ccpitStatus('999', deps);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('rejected');
    expect(result.error.message).toBe('单证 999 不存在');
    expect(result.error.code).toBe('500');
  });

  it('keeps a draft a draft', async () => {
    const { deps } = await setUp();
    const created = await createCcpitDraft({ docType: 'C' }, deps);
    if (!created.ok) throw new Error(created.error.detail);

    await ccpitStatus(created.value.docId, deps);
    const later = await ccpitStatus(created.value.docId, deps);

    expect(later.ok && later.value.status).toBe('草稿');
  });

  it('reviews a new document sent for audit', async () => {
    const { deps } = await setUp();
    const created = await createCcpitCertificate({ docType: 'C', sendAudit: true }, deps);
    if (!created.ok) throw new Error(created.error.detail);

    expect(created.value.docId).toMatch(/^\d+$/);
    const status = await ccpitStatus(created.value.docId, deps);
    expect(status.ok && status.value.status).toBe('已提交');
  });

  it('rejects a create without docType', async () => {
    const { deps } = await setUp();

    const result = await createCcpitCertificate({ docType: '' }, deps);

    expect(result.ok || result.error.message).toBe('单证类型 docType 不能为空');
  });
});

describe('CCPIT audit and print status', () => {
  it('gives the opinion once returned', async () => {
    const { deps } = await setUp();

    const result = await ccpitAuditResult('2026010003', deps);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.auditStatus).toBe('已退回');
    expect(result.value.auditOpinion).toContain('发票号');
    expect(result.value.auditTime).not.toBe('');
  });

  it('has no opinion while reviewing', async () => {
    const { deps } = await setUp({ queriesPerStep: 0, stepMs: 0 });

    const result = await ccpitAuditResult('2026010001', deps);

    expect(result.ok && result.value.auditOpinion).toBe('');
  });

  it('reports a printed document', async () => {
    const { deps } = await setUp();

    const result = await ccpitPrintStatus('2026010002', deps);

    expect(result.ok && result.value.printStatus).toBe('已打印');
    expect(result.ok && result.value.printTime).not.toBe('');
  });
});

describe('CCPIT PDFs', () => {
  it('prints a real PDF with the certificate number', async () => {
    const { deps } = await setUp({ queriesPerStep: 0, stepMs: 0 });

    const result = await ccpitPrintPdf({ docId: '2026010002', invoiceNum: 'YH2026-0110', docType: 'C' }, deps);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = pdfText(result.value.bytes);
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('CCPIT263100000002');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(result.value.contentType).toBe('application/pdf');
    expect(result.value.fileName).toBe('CCPIT263100000002.pdf');
  });

  it('writes exact cross-reference offsets', async () => {
    const { deps } = await setUp({ queriesPerStep: 0, stepMs: 0 });
    const result = await ccpitPreviewPdf('2026010001', 'C', deps);
    if (!result.ok) throw new Error(result.error.detail);
    const text = pdfText(result.value.bytes);

    const startxref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets.length).toBe(5);
    offsets.forEach((offset, index) => {
      expect(text.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`);
    });
  });

  it('refuses to print before approval', async () => {
    const { deps } = await setUp({ queriesPerStep: 0, stepMs: 0 });

    const result = await ccpitPrintPdf({ docId: '2026010001', invoiceNum: '', docType: 'C' }, deps);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('rejected');
    expect(result.error.message).toBe('证书尚未审核通过，不能打印');
  });

  it('prints on approval and marks printed', async () => {
    const { deps } = await setUp({ queriesPerStep: 2, stepMs: 0 });
    for (let query = 0; query < 4; query++) await ccpitStatus('2026010001', deps);
    const approved = await ccpitPrintStatus('2026010001', deps);
    expect(approved.ok && approved.value.printStatus).toBe('待打印');

    const printed = await ccpitPrintPdf({ docId: '2026010001', invoiceNum: 'YH2026-0105', docType: 'C' }, deps);
    const after = await ccpitPrintStatus('2026010001', deps);

    expect(printed.ok).toBe(true);
    expect(after.ok && after.value.printStatus).toBe('已打印');
  });

  it('rejects a print with another invoice', async () => {
    const { deps } = await setUp({ queriesPerStep: 0, stepMs: 0 });

    const result = await ccpitPrintPdf({ docId: '2026010002', invoiceNum: 'OTHER-1', docType: 'C' }, deps);

    expect(result.ok || result.error.message).toBe('发票号 OTHER-1 与单证 2026010002 不符');
  });

  it('reports an HTML page as a bad response', async () => {
    const { sandbox, deps } = await setUp({ queriesPerStep: 0, stepMs: 0 });
    sandbox.faults.add({ route: 'ccpitPrint', body: 'html' });

    const result = await ccpitPrintPdf({ docId: '2026010002', invoiceNum: 'YH2026-0110', docType: 'C' }, deps);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('bad-response');
    expect(result.error.detail).toContain('%PDF-');
  });

  it('reports the Java resource JSON as a bad response', async () => {
    const { sandbox, deps } = await setUp({ queriesPerStep: 0, stepMs: 0 });
    sandbox.faults.add({ route: 'ccpitPreview', body: 'schema-drift' });

    const result = await ccpitPreviewPdf('2026010001', 'C', deps);

    expect(result.ok || result.error.kind).toBe('bad-response');
  });

  it('marks a preview as such', async () => {
    const { deps } = await setUp();

    const result = await ccpitPreviewPdf('2026010001', 'C', deps);

    expect(result.ok && pdfText(result.value.bytes)).toContain('PREVIEW');
  });

  it('previews an unsaved document', async () => {
    const { deps } = await setUp();

    const result = await ccpitPreviewDraftPdf({ docType: 'C', importerEnName: 'OSAKA (MIDORI)' }, deps);

    expect(result.ok && pdfText(result.value.bytes)).toContain('Importer: OSAKA \\(MIDORI\\)');
  });
});

describe('CCPIT uploads', () => {
  const bytes = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

  it('uploads a multipart file', async () => {
    const { sandbox, deps } = await setUp();

    const result = await uploadCcpitFile(new Blob([bytes]), '发票.pdf', '2026010001', deps);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fileName).toBe('发票.pdf');
    expect(result.value.fileId).toMatch(/^F\d{6}$/);
    const logged = sandbox.requests()[0];
    expect(logged?.headerNames).toContain('content-type');
  });

  it('uploads base64 bytes', async () => {
    const { sandbox, deps } = await setUp();

    const result = await uploadCcpitFileBytes(bytes.buffer, 'invoice.pdf', undefined, deps);

    expect(result.ok && result.value.fileName).toBe('invoice.pdf');
    const body = sandbox.requests()[0]?.body as { fileBytes?: string };
    expect(Buffer.from(body.fileBytes ?? '', 'base64').toString('latin1')).toBe('%PDF-1.4\n%%EOF\n');
  });

  it('rejects an upload for an unknown document', async () => {
    const { deps } = await setUp();

    const result = await uploadCcpitFile(new Blob([bytes]), 'a.pdf', '42', deps);

    expect(result.ok || result.error.kind).toBe('rejected');
  });
});
