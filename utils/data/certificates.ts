/**
 * Certificates of origin: the customs (海关) certificates with their certificate-number look-ups
 * and XML files, and the CCPIT (贸促会) documents with their review, print state and PDFs.
 * Nothing here is cached, because these records change on the server while a clerk works.
 */
import {
  type CcpitAuditResult,
  type CcpitCertificateInput,
  type CcpitCreateResult,
  type CcpitPrintRequest,
  type CcpitPrintStatus,
  type CcpitStatus,
  type CcpitUploadResult,
  ccpitAuditResultSchema,
  ccpitCreateResultSchema,
  ccpitPrintStatusSchema,
  ccpitStatusSchema,
  ccpitUploadResultSchema,
} from '../api/ccpit-schemas';
import {
  type CustomsCertificate,
  type CustomsCertificateInput,
  certNoListSchema,
  customsCertificateListSchema,
  customsCertificatePageSchema,
  customsCertificateSchema,
} from '../api/certificate-schemas';
import { type ApiFile, callApi, callEnvelopeApi, fetchFile } from '../api/client';
import type { EnvelopeResult, Result } from '../api/errors';
import { type Page, type PageRequest, fromSpringPage, normalizePageRequest } from '../api/paging';
import { emptyAnswerSchema } from '../api/schemas';
import type { DataDeps } from './deps';

export interface CertNoFilters {
  ciqRegNo?: string;
  certNo?: string;
}

export interface CertificateListFilters {
  certNo?: string;
  invNo?: string;
  /** Workflow state such as 草稿 or 已申报. */
  status?: string;
  customsEnterpriseId?: number;
}

export interface CertificateListRequest extends PageRequest {
  filters?: CertificateListFilters;
}

function dropEmpty(result: Result<unknown>): Result<void> {
  return result.ok ? { ok: true, value: undefined } : result;
}

/** Certificate numbers issued for an invoice, optionally narrowed by application or number. */
export async function certNosByInvoice(invNo: string, filters: CertNoFilters, deps: DataDeps): Promise<Result<string[]>> {
  const query = { ciqRegNo: filters.ciqRegNo, certNo: filters.certNo };
  return callApi(
    await deps.getSettings(),
    { route: 'certNosByInvoice', pathParams: { invNo }, query, schema: certNoListSchema },
    deps,
  );
}

/** Certificate numbers of the exporter with this exporter code (主体标识码). */
export async function certNosByExporter(exporterCode: string, deps: DataDeps): Promise<Result<string[]>> {
  return callApi(
    await deps.getSettings(),
    { route: 'certNosByExporter', pathParams: { exporterCode }, schema: certNoListSchema },
    deps,
  );
}

export async function listCustomsCertificates(
  request: CertificateListRequest,
  deps: DataDeps,
): Promise<Result<Page<CustomsCertificate>>> {
  const paging = normalizePageRequest(request);
  const filters = request.filters ?? {};
  const result = await callApi(
    await deps.getSettings(),
    {
      route: 'customsCertList',
      query: { ...paging, ...filters },
      schema: customsCertificatePageSchema,
    },
    deps,
  );
  return result.ok ? { ok: true, value: fromSpringPage(result.value, paging) } : result;
}

export async function getCustomsCertificate(id: number, deps: DataDeps): Promise<Result<CustomsCertificate>> {
  return callApi(
    await deps.getSettings(),
    { route: 'customsCertGet', pathParams: { id }, schema: customsCertificateSchema },
    deps,
  );
}

export async function createCustomsCertificate(
  input: CustomsCertificateInput,
  deps: DataDeps,
): Promise<Result<CustomsCertificate>> {
  return callApi(
    await deps.getSettings(),
    { route: 'customsCertCreate', body: input, schema: customsCertificateSchema },
    deps,
  );
}

/** Imports several certificates in one request (批量导入海关证). */
export async function importCustomsCertificates(
  inputs: CustomsCertificateInput[],
  deps: DataDeps,
): Promise<Result<CustomsCertificate[]>> {
  return callApi(
    await deps.getSettings(),
    { route: 'customsCertBatch', body: inputs, schema: customsCertificateListSchema },
    deps,
  );
}

export async function updateCustomsCertificate(
  id: number,
  input: CustomsCertificateInput,
  deps: DataDeps,
): Promise<Result<CustomsCertificate>> {
  return callApi(
    await deps.getSettings(),
    { route: 'customsCertUpdate', pathParams: { id }, body: input, schema: customsCertificateSchema },
    deps,
  );
}

export async function deleteCustomsCertificate(id: number, deps: DataDeps): Promise<Result<void>> {
  const result = await callApi(
    await deps.getSettings(),
    { route: 'customsCertDelete', pathParams: { id }, schema: emptyAnswerSchema },
    deps,
  );
  return dropEmpty(result);
}

/** Hands a customs receipt (回执) file to the service as the multipart field `file`. */
export async function sendCustomsReceipt(file: Blob, fileName: string, deps: DataDeps): Promise<Result<void>> {
  const form = new FormData();
  form.append('file', file, fileName);
  const result = await callApi(
    await deps.getSettings(),
    { route: 'customsReceipt', body: form, schema: emptyAnswerSchema },
    deps,
  );
  return dropEmpty(result);
}

/** Downloads the XML file of a customs certificate, by its application number. */
export async function customsCertificateXml(ciqRegNo: string, deps: DataDeps): Promise<EnvelopeResult<ApiFile>> {
  return fetchFile(await deps.getSettings(), { route: 'customsCertXml', pathParams: { ciqRegNo } }, deps);
}

/** Downloads the XML file of a customs certificate's attached documents (随附单据). */
export async function documentXml(ciqRegNo: string, deps: DataDeps): Promise<EnvelopeResult<ApiFile>> {
  return fetchFile(await deps.getSettings(), { route: 'documentXml', pathParams: { ciqRegNo } }, deps);
}

/** Creates a CCPIT document and, with `sendAudit: true`, sends it for review. */
export async function createCcpitCertificate(
  input: CcpitCertificateInput,
  deps: DataDeps,
): Promise<EnvelopeResult<CcpitCreateResult>> {
  return callEnvelopeApi(
    await deps.getSettings(),
    { route: 'ccpitCreate', body: input, schema: ccpitCreateResultSchema },
    deps,
  );
}

/** Saves a CCPIT document as a draft, which is not reviewed. */
export async function createCcpitDraft(
  input: CcpitCertificateInput,
  deps: DataDeps,
): Promise<EnvelopeResult<CcpitCreateResult>> {
  return callEnvelopeApi(
    await deps.getSettings(),
    { route: 'ccpitCreateDraft', body: input, schema: ccpitCreateResultSchema },
    deps,
  );
}

/** Reads the review status and print status of a CCPIT document. */
export async function ccpitStatus(docId: string, deps: DataDeps): Promise<EnvelopeResult<CcpitStatus>> {
  return callEnvelopeApi(
    await deps.getSettings(),
    { route: 'ccpitStatus', query: { docId }, schema: ccpitStatusSchema },
    deps,
  );
}

export async function ccpitAuditResult(docId: string, deps: DataDeps): Promise<EnvelopeResult<CcpitAuditResult>> {
  return callEnvelopeApi(
    await deps.getSettings(),
    { route: 'ccpitAuditResult', query: { docId }, schema: ccpitAuditResultSchema },
    deps,
  );
}

export async function ccpitPrintStatus(docId: string, deps: DataDeps): Promise<EnvelopeResult<CcpitPrintStatus>> {
  return callEnvelopeApi(
    await deps.getSettings(),
    { route: 'ccpitPrintStatus', query: { docId }, schema: ccpitPrintStatusSchema },
    deps,
  );
}

/**
 * Downloads the certificate PDF for printing. The service rejects the request (`rejected`)
 * until the review has passed, and the sandbox then marks the document printed.
 */
export async function ccpitPrintPdf(request: CcpitPrintRequest, deps: DataDeps): Promise<EnvelopeResult<ApiFile>> {
  return fetchFile(await deps.getSettings(), { route: 'ccpitPrint', body: request }, deps);
}

/** Downloads a preview PDF of a saved CCPIT document. */
export async function ccpitPreviewPdf(docId: string, docType: string, deps: DataDeps): Promise<EnvelopeResult<ApiFile>> {
  return fetchFile(await deps.getSettings(), { route: 'ccpitPreview', body: { docId, docType } }, deps);
}

/** Downloads a preview PDF of a CCPIT document that has not been saved. */
export async function ccpitPreviewDraftPdf(
  input: CcpitCertificateInput,
  deps: DataDeps,
): Promise<EnvelopeResult<ApiFile>> {
  return fetchFile(await deps.getSettings(), { route: 'ccpitPreviewDraft', body: input }, deps);
}

/** Uploads an attachment as the multipart field `file`, attached to `docId` when given. */
export async function uploadCcpitFile(
  file: Blob,
  fileName: string,
  docId: string | undefined,
  deps: DataDeps,
): Promise<EnvelopeResult<CcpitUploadResult>> {
  const form = new FormData();
  form.append('file', file, fileName);
  if (docId !== undefined) form.append('docId', docId);
  return callEnvelopeApi(
    await deps.getSettings(),
    { route: 'ccpitUpload', body: form, schema: ccpitUploadResultSchema },
    deps,
  );
}

/** Uploads an attachment as base64 in a JSON body, attached to `docId` when given. */
export async function uploadCcpitFileBytes(
  bytes: ArrayBuffer,
  fileName: string,
  docId: string | undefined,
  deps: DataDeps,
): Promise<EnvelopeResult<CcpitUploadResult>> {
  const body = { fileName, fileBytes: toBase64(bytes), ...(docId === undefined ? {} : { docId }) };
  return callEnvelopeApi(
    await deps.getSettings(),
    { route: 'ccpitUploadBytes', body, schema: ccpitUploadResultSchema },
    deps,
  );
}

/** Encodes bytes as standard base64, in chunks so large files do not overflow the call stack. */
function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  const chunkSize = 0x8000;
  let binary = '';
  for (let offset = 0; offset < view.length; offset += chunkSize) {
    binary += String.fromCharCode(...view.subarray(offset, offset + chunkSize));
  }
  return btoa(binary);
}
