import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '@/utils/api/client';
import type { EnvelopeErrorKind, Result } from '@/utils/api/errors';
import { API_ROUTES, type ApiRouteName } from '@/utils/api/paths';
import { countryListSchema, agreementCountryListSchema, customs122ListSchema, signerListSchema, standardCodePageSchema } from '@/utils/api/schemas';
import type { DataDeps } from '@/utils/data/deps';
import {
  ccpitAuditResult,
  ccpitPreviewDraftPdf,
  ccpitPreviewPdf,
  ccpitPrintPdf,
  ccpitPrintStatus,
  ccpitStatus,
  certNosByExporter,
  certNosByInvoice,
  createCcpitCertificate,
  createCcpitDraft,
  createCustomsCertificate,
  customsCertificateXml,
  deleteCustomsCertificate,
  documentXml,
  getCustomsCertificate,
  importCustomsCertificates,
  listCustomsCertificates,
  sendCustomsReceipt,
  updateCustomsCertificate,
  uploadCcpitFile,
  uploadCcpitFileBytes,
} from '@/utils/data/certificates';
import { deleteEnterprise, getEnterprise, listEnterprisesPage, saveEnterprise } from '@/utils/data/enterprise-admin';
import { addProducer, deleteProducer, listProducers } from '@/utils/data/producers';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { type Sandbox, startSandbox } from '../sandbox/server';

let sandbox: Sandbox;
let settings: Settings;
let deps: DataDeps;

beforeAll(async () => {
  // Approved seed document 2026010002 can be printed at once; nothing advances on its own.
  sandbox = await startSandbox({ ccpitProgress: { queriesPerStep: 0, stepMs: 0 } });
  settings = { ...DEFAULT_SETTINGS, baseUrl: sandbox.url, timeoutMs: 2000 };
  deps = { getSettings: async () => settings, retries: 0 };
});

afterEach(() => {
  sandbox.reset();
});

afterAll(async () => {
  await sandbox.close();
});

type Call = () => Promise<Result<unknown, EnvelopeErrorKind>>;

const pdfBytes = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

/** One successful call per route, through the data layer where it has a function. */
const CALLS: Record<ApiRouteName, Call> = {
  ccpitCreate: () => createCcpitCertificate({ docType: 'C', sendAudit: true, importerEnName: 'TOKYO SANWA' }, deps),
  ccpitCreateDraft: () => createCcpitDraft({ docType: 'C' }, deps),
  ccpitStatus: () => ccpitStatus('2026010001', deps),
  ccpitAuditResult: () => ccpitAuditResult('2026010003', deps),
  ccpitPrintStatus: () => ccpitPrintStatus('2026010002', deps),
  ccpitPrint: () => ccpitPrintPdf({ docId: '2026010002', invoiceNum: 'YH2026-0110', docType: 'C' }, deps),
  ccpitPreview: () => ccpitPreviewPdf('2026010001', 'C', deps),
  ccpitPreviewDraft: () => ccpitPreviewDraftPdf({ docType: 'C', importerEnName: 'TOKYO SANWA' }, deps),
  ccpitUploadBytes: () => uploadCcpitFileBytes(pdfBytes.buffer, 'invoice.pdf', '2026010001', deps),
  ccpitUpload: () => uploadCcpitFile(new Blob([pdfBytes], { type: 'application/pdf' }), 'invoice.pdf', '2026010001', deps),
  transportCountries: () => callApi(settings, { route: 'transportCountries', schema: countryListSchema }, deps),
  agreementCountries: () => callApi(settings, { route: 'agreementCountries', schema: agreementCountryListSchema }, deps),
  customs122: () => callApi(settings, { route: 'customs122', schema: customs122ListSchema }, deps),
  standardCodes: () =>
    callApi(settings, { route: 'standardCodes', pathParams: { management: 'trade-mode' }, schema: standardCodePageSchema }, deps),
  customsCertCreate: () => createCustomsCertificate({ customsEnterpriseId: 1, invNo: 'YH2026-0301' }, deps),
  customsCertBatch: () => importCustomsCertificates([{ customsEnterpriseId: 1, invNo: 'YH2026-0302' }], deps),
  customsCertList: () => listCustomsCertificates({ page: 0, size: 10 }, deps),
  customsCertUpdate: () => updateCustomsCertificate(4, { mark: 'N/M' }, deps),
  customsCertDelete: () => deleteCustomsCertificate(4, deps),
  customsCertGet: () => getCustomsCertificate(1, deps),
  certNosByInvoice: () => certNosByInvoice('YH2026-0118', {}, deps),
  certNosByExporter: () => certNosByExporter('MA2H7Q8X6', deps),
  customsReceipt: () => sendCustomsReceipt(new Blob(['<receipt/>'], { type: 'application/xml' }), 'receipt.xml', deps),
  customsCertXml: () => customsCertificateXml('3302600001', deps),
  documentXml: () => documentXml('3302600001', deps),
  enterpriseList: () => listEnterprisesPage({ page: 0, size: 10 }, deps),
  enterpriseGet: () => getEnterprise(1, deps),
  enterpriseSave: () => saveEnterprise({ id: 2, exporterTel: '0512-65781299', enterpriseCnName: '苏州吴中恒拓精密机械有限公司' }, deps),
  enterpriseDelete: () => deleteEnterprise(3, deps),
  enterpriseSigners: () => callApi(settings, { route: 'enterpriseSigners', pathParams: { id: 1 }, schema: signerListSchema }, deps),
  producerList: () => listProducers(1, { page: 0, size: 10 }, deps),
  producerCreate: () => addProducer({ customsEnterpriseId: 1, producerName: '宁波北仑新织服饰有限公司' }, deps),
  producerDelete: () => deleteProducer(101, deps),
};

const ROUTES = Object.keys(API_ROUTES) as ApiRouteName[];

async function failureKind(route: ApiRouteName): Promise<string> {
  const result = await CALLS[route]();
  return result.ok ? 'ok' : result.error.kind;
}

describe('every route', () => {
  it('has 33 routes', () => {
    expect(ROUTES.length).toBe(33);
  });

  it.each(ROUTES)('%s answers through the client', async (route) => {
    const result = await CALLS[route]();

    expect(result.ok ? 'ok' : result.error).toBe('ok');
    expect(sandbox.requests().map((request) => request.route)).toContain(route);
  });

  it.each(ROUTES)('%s reports schema drift as a bad response', async (route) => {
    sandbox.faults.add({ route, body: 'schema-drift' });

    expect(await failureKind(route)).toBe('bad-response');
  });

  it.each(ROUTES)('%s reports an HTML page as a bad response', async (route) => {
    sandbox.faults.add({ route, body: 'html' });

    expect(await failureKind(route)).toBe('bad-response');
  });

  it.each(ROUTES)('%s maps a 503 fault to server', async (route) => {
    sandbox.faults.add({ route, status: 503 });

    expect(await failureKind(route)).toBe('server');
  });

  it.each(ROUTES)('%s reports a truncated body as a bad response', async (route) => {
    sandbox.faults.add({ route, body: 'truncated' });

    expect(await failureKind(route)).toBe('bad-response');
  });
});
