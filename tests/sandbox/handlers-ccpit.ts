/**
 * Handlers of the CCPIT (贸促会) certificate-of-origin routes. Every JSON response uses the
 * `{code, message, success, data}` envelope, and a refused request gets `success: false`
 * with a message instead of an HTTP error status.
 */
import { z } from 'zod';
import type { ApiRouteName } from '../../utils/api/paths';
import type { CcpitState } from './ccpit-store';
import { PDF_TYPE, ccpitPdf, draftPreviewPdf } from './files';
import { type Handler, type HandlerContext, type ApiResult, envelope, fileResult, readJson, readMultipart, refusal } from './handler-kit';

const NOT_AN_OBJECT = '请求体必须是 JSON 对象';

function readObject(body: string): Record<string, unknown> | undefined {
  const json = readJson(body)?.value;
  return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
}

function missingDocument(docId: string): ApiResult {
  return refusal(`单证 ${docId} 不存在`);
}

function saveDocument({ body, stores }: HandlerContext, asDraft: boolean): ApiResult {
  const fields = readObject(body);
  if (!fields) return refusal(NOT_AN_OBJECT);
  if (typeof fields.docType !== 'string' || fields.docType.trim() === '') return refusal('单证类型 docType 不能为空');
  const saved = stores.ccpit.save(fields, !asDraft && fields.sendAudit === true);
  return envelope({ docId: saved.docId });
}

/** Runs `answer` with the document's state, after reading `docId` from the query. */
function withState(
  { query, stores }: HandlerContext,
  answer: (docId: string, state: CcpitState) => unknown,
): ApiResult {
  const docId = query.get('docId')?.trim() ?? '';
  if (docId === '') return refusal('缺少参数 docId');
  const state = stores.ccpit.query(docId);
  return state ? envelope(answer(docId, state)) : missingDocument(docId);
}

/** Fixed review and print times, so responses stay the same across runs. */
const AUDIT_TIME = '2026-01-08 10:30:00';
const PRINT_TIME = '2026-01-08 14:00:00';

const printRequestSchema = z.object({
  docId: z.union([z.string(), z.number()]).transform(String),
  invoiceNum: z.string().nullish(),
  docType: z.string().nullish(),
});

function print({ body, stores }: HandlerContext): ApiResult {
  const request = printRequestSchema.safeParse(readJson(body)?.value);
  if (!request.success) return refusal('请求参数 docId 缺失或格式错误');
  const { docId, invoiceNum } = request.data;
  const document = stores.ccpit.get(docId);
  if (!document) return missingDocument(docId);
  if (stores.ccpit.peek(docId)?.status !== '审核通过') return refusal('证书尚未审核通过，不能打印');
  if (invoiceNum && document.invoiceNum !== '' && invoiceNum !== document.invoiceNum) {
    return refusal(`发票号 ${invoiceNum} 与单证 ${docId} 不符`);
  }
  stores.ccpit.markPrinted(docId);
  return fileResult(PDF_TYPE, ccpitPdf(document, false), `${document.certificateNo || docId}.pdf`);
}

function preview({ body, stores }: HandlerContext): ApiResult {
  const fields = readObject(body);
  const docId = fields?.docId === undefined || fields.docId === null ? '' : String(fields.docId);
  if (docId === '') return refusal('缺少参数 docId');
  const document = stores.ccpit.get(docId);
  if (!document) return missingDocument(docId);
  return fileResult(PDF_TYPE, ccpitPdf(document, true), `preview-${docId}.pdf`);
}

function previewDraft({ body }: HandlerContext): ApiResult {
  const fields = readObject(body);
  if (!fields) return refusal(NOT_AN_OBJECT);
  if (typeof fields.docType !== 'string' || fields.docType.trim() === '') return refusal('单证类型 docType 不能为空');
  return fileResult(PDF_TYPE, draftPreviewPdf(fields), 'preview-draft.pdf');
}

const uploadBytesSchema = z.object({
  docId: z.union([z.string(), z.number()]).transform(String).nullish(),
  fileName: z.string().trim().min(1),
  fileBytes: z.base64().min(1),
});

function uploadBytes({ body, stores }: HandlerContext): ApiResult {
  const request = uploadBytesSchema.safeParse(readJson(body)?.value);
  if (!request.success) return refusal('请求参数 fileName 或 fileBytes 缺失或格式错误');
  const { docId, fileName, fileBytes } = request.data;
  if (docId && !stores.ccpit.get(docId)) return missingDocument(docId);
  const size = Buffer.from(fileBytes, 'base64').length;
  return envelope(stores.ccpit.addUpload(docId ?? undefined, fileName, size));
}

async function upload(context: HandlerContext): Promise<ApiResult> {
  const form = await readMultipart(context);
  const file = form?.get('file');
  if (!form || !(file instanceof File) || file.size === 0) return refusal('缺少上传文件 file');
  const docIdField = form.get('docId');
  const docId = typeof docIdField === 'string' && docIdField.trim() !== '' ? docIdField.trim() : undefined;
  if (docId && !context.stores.ccpit.get(docId)) return missingDocument(docId);
  return envelope(context.stores.ccpit.addUpload(docId, file.name || 'upload.bin', file.size));
}

export const CCPIT_HANDLERS = {
  ccpitCreate: (context) => saveDocument(context, false),
  ccpitCreateDraft: (context) => saveDocument(context, true),
  ccpitStatus: (context) =>
    withState(context, (docId, state) => ({ docId, status: state.status, printStatus: state.printStatus })),
  ccpitAuditResult: (context) =>
    withState(context, (docId, state) => ({
      docId,
      auditStatus: state.status,
      auditOpinion: state.auditOpinion,
      auditTime: state.auditOpinion === '' ? '' : AUDIT_TIME,
    })),
  ccpitPrintStatus: (context) =>
    withState(context, (docId, state) => ({
      docId,
      printStatus: state.printStatus,
      printTime: state.printStatus === '已打印' ? PRINT_TIME : '',
    })),
  ccpitPrint: print,
  ccpitPreview: preview,
  ccpitPreviewDraft: previewDraft,
  ccpitUploadBytes: uploadBytes,
  ccpitUpload: upload,
} satisfies Partial<Record<ApiRouteName, Handler>>;
