/**
 * Handlers of the customs certificate-of-origin routes (海关原产地证书): bare JSON responses,
 * Spring pages and error bodies, and XML files.
 */
import { z } from 'zod';
import type { ApiRouteName } from '../../utils/api/paths';
import { certificateInputSchema, invoiceNumbersOf } from './certificate-store';
import { CERTIFICATE_STATUSES, type CertificateStatus } from './data/customs-certificates';
import { XML_TYPE, certificateXml, documentsXml } from './files';
import {
  type ApiResult,
  type Handler,
  type HandlerContext,
  failure,
  fileResult,
  ok,
  parseId,
  queryInteger,
  queryText,
  readJson,
  readMultipart,
} from './handler-kit';
import { readPageRequest, toPage } from './spring';

/** Spring responds with 409 Conflict here, as a service does for a change its workflow forbids. */
const CONFLICT = 409;

function create({ body, path, stores }: HandlerContext): ApiResult {
  const input = certificateInputSchema.safeParse(readJson(body)?.value);
  if (!input.success) return failure(400, path);
  const enterpriseId = input.data.customsEnterpriseId;
  if (enterpriseId !== undefined && !stores.enterprises.get(enterpriseId)) return failure(400, path);
  return ok(stores.certificates.create(input.data));
}

function batch({ body, path, stores }: HandlerContext): ApiResult {
  const inputs = z.array(certificateInputSchema).min(1).safeParse(readJson(body)?.value);
  if (!inputs.success) return failure(400, path);
  return ok(inputs.data.map((input) => stores.certificates.create(input)));
}

function list({ query, stores }: HandlerContext): ApiResult {
  const certificates = stores.certificates.list({
    certNo: queryText(query, 'certNo'),
    invNo: queryText(query, 'invNo'),
    status: queryText(query, 'status'),
    customsEnterpriseId: queryInteger(query, 'customsEnterpriseId'),
  });
  return ok(toPage(certificates, readPageRequest(query)));
}

function update({ params, body, path, stores }: HandlerContext): ApiResult {
  const id = parseId(params.id);
  if (id === undefined) return failure(400, path);
  const input = certificateInputSchema.safeParse(readJson(body)?.value);
  if (!input.success) return failure(400, path);
  const result = stores.certificates.update(id, input.data);
  if (result.kind === 'not-found') return failure(404, path);
  if (result.kind === 'locked') return failure(CONFLICT, path);
  return ok(result.certificate);
}

function remove({ params, path, stores }: HandlerContext): ApiResult {
  const id = parseId(params.id);
  if (id === undefined) return failure(400, path);
  const result = stores.certificates.delete(id);
  if (result.kind === 'not-found') return failure(404, path);
  if (result.kind === 'locked') return failure(CONFLICT, path);
  return ok({});
}

function get({ params, path, stores }: HandlerContext): ApiResult {
  const id = parseId(params.id);
  if (id === undefined) return failure(400, path);
  const certificate = stores.certificates.get(id);
  return certificate ? ok(certificate) : failure(404, path);
}

/** Certificate numbers of the certificates on an invoice; drafts without a number are left out. */
function certNosByInvoice({ params, query, stores }: HandlerContext): ApiResult {
  const invNo = params.invNo ?? '';
  const ciqRegNo = queryText(query, 'ciqRegNo');
  const certNo = queryText(query, 'certNo');
  const numbers = stores.certificates
    .list()
    .filter((record) => invoiceNumbersOf(record).includes(invNo))
    .filter((record) => ciqRegNo === undefined || record.ciqRegNo === ciqRegNo)
    .filter((record) => certNo === undefined || record.certNo === certNo)
    .map((record) => record.certNo)
    .filter((number) => number !== '');
  return ok([...new Set(numbers)]);
}

/** Certificate numbers of the enterprises whose exporter code (主体标识码) matches. */
function certNosByExporter({ params, stores }: HandlerContext): ApiResult {
  const code = params.exporterCode ?? '';
  const enterpriseIds = new Set(
    stores.enterprises
      .list()
      .filter((enterprise) => enterprise.exporterCode === code)
      .map((enterprise) => enterprise.id),
  );
  const numbers = stores.certificates
    .list()
    .filter((record) => enterpriseIds.has(record.customsEnterpriseId) && record.certNo !== '')
    .map((record) => record.certNo);
  return ok(numbers);
}

function isCertificateStatus(value: string): value is CertificateStatus {
  return (CERTIFICATE_STATUSES as readonly string[]).includes(value);
}

/**
 * Takes a customs receipt file. When it names a certificate by `<ciqRegNo>` and a known
 * `<status>`, the certificate moves to that state, so tests can drive the workflow.
 *
 * NOTE: the real receipt format is not published; the service's response `{}` is published.
 */
async function receipt(context: HandlerContext): Promise<ApiResult> {
  const form = await readMultipart(context);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0) return failure(400, context.path);
  const text = await file.text();
  const ciqRegNo = /<ciqRegNo>([^<]+)<\/ciqRegNo>/.exec(text)?.[1]?.trim();
  const status = /<status>([^<]+)<\/status>/.exec(text)?.[1]?.trim();
  if (ciqRegNo !== undefined && status !== undefined && isCertificateStatus(status)) {
    context.stores.certificates.setStatus(ciqRegNo, status);
  }
  return ok({});
}

function xmlOf(render: typeof certificateXml, suffix: string): Handler {
  return ({ params, path, stores }) => {
    const ciqRegNo = params.ciqRegNo ?? '';
    const certificate = stores.certificates.findByRegNo(ciqRegNo);
    if (!certificate) return failure(404, path);
    return fileResult(XML_TYPE, render(certificate), `${ciqRegNo}${suffix}.xml`);
  };
}

export const CERTIFICATE_HANDLERS = {
  customsCertCreate: create,
  customsCertBatch: batch,
  customsCertList: list,
  customsCertUpdate: update,
  customsCertDelete: remove,
  customsCertGet: get,
  certNosByInvoice,
  certNosByExporter,
  customsReceipt: receipt,
  customsCertXml: xmlOf(certificateXml, ''),
  documentXml: xmlOf(documentsXml, '-documents'),
} satisfies Partial<Record<ApiRouteName, Handler>>;
