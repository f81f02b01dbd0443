/**
 * Requests of the certificate tools (certificate-number look-ups, CCPIT documents, customs
 * certificates, files and the status watcher) and their replies, in the style of `protocol.ts`
 * so that both can be merged into one request union.
 */
import * as z from 'zod/mini';
import { userErrorSchema } from './user-error';

const id = z.int().check(z.nonnegative());
/** An invoice number, certificate number, application number or exporter code as typed. */
const code = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));
const optionalCode = z.optional(code);

export const pinKindSchema = z.enum(['ccpit', 'customs']);
export type PinKind = z.infer<typeof pinKindSchema>;

/** Shortest and longest poll interval of the status watcher, in minutes. */
export const MIN_WATCH_INTERVAL_MINUTES = 5;
export const MAX_WATCH_INTERVAL_MINUTES = 240;
export const DEFAULT_WATCH_INTERVAL_MINUTES = 15;

export const watchIntervalSchema = z.int().check(z.gte(MIN_WATCH_INTERVAL_MINUTES), z.lte(MAX_WATCH_INTERVAL_MINUTES));

/**
 * The identity of a watched certificate: the CCPIT `docId`, or the customs certificate's
 * numeric `id` written as decimal text.
 */
export const pinKeySchema = z.object({ kind: pinKindSchema, key: code });

export const certificateRequestSchemas = [
  z.object({ type: z.literal('certNosByInvoice'), invNo: code, ciqRegNo: optionalCode, certNo: optionalCode }),
  /** By exporter code (主体标识码). */
  z.object({ type: z.literal('certNosByExporter'), exporterCode: code }),
  /** Review status, audit result and print status of one CCPIT document. */
  z.object({ type: z.literal('ccpitLookup'), docId: code }),
  /** The worker downloads the PDF itself and replies with the file name only. */
  z.object({
    type: z.literal('ccpitPdf'),
    docId: code,
    docType: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
    invoiceNum: z.optional(z.string().check(z.trim(), z.maxLength(100))),
    kind: z.enum(['preview', 'print']),
  }),
  z.object({
    type: z.literal('listCustomsCertificates'),
    /** Zero-based, as Spring Data counts. */
    page: z.int().check(z.gte(0), z.lte(10_000)),
    size: z.int().check(z.gte(1), z.lte(100)),
    certNo: optionalCode,
    invNo: optionalCode,
    status: optionalCode,
  }),
  z.object({ type: z.literal('getCustomsCertificate'), id }),
  /** The certificate XML or its attached-documents (随附单据) XML, downloaded by the worker. */
  z.object({ type: z.literal('certificateXml'), ciqRegNo: code, kind: z.enum(['certificate', 'documents']) }),
  z.object({ type: z.literal('listPins') }),
  z.object({ type: z.literal('pinCertificate'), ...pinKeySchema.shape, label: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) }),
  z.object({ type: z.literal('unpinCertificate'), ...pinKeySchema.shape }),
  /** Clears the unseen-change marks and the toolbar badge; the popup sends it when it opens. */
  z.object({ type: z.literal('markChangesSeen') }),
  z.object({ type: z.literal('getWatcherSettings') }),
  z.object({ type: z.literal('saveWatcherSettings'), intervalMinutes: watchIntervalSchema }),
] as const;

export const certificateRequestSchema = z.discriminatedUnion('type', certificateRequestSchemas);
export type CertificateRequest = z.infer<typeof certificateRequestSchema>;
export type CertificateRequestType = CertificateRequest['type'];

/**
 * The error of a certificate reply. Its `rejected` kind means a CCPIT route answered
 * `success: false`, and `message` is then the server's text, shown unchanged.
 */
export const certificateErrorSchema = userErrorSchema;
export type CertificateError = z.infer<typeof certificateErrorSchema>;

export const pinSchema = z.object({
  ...pinKeySchema.shape,
  label: z.string(),
  /** The last status the watcher read, such as `审核中 · 未打印`; absent before the first poll. */
  lastStatus: z.optional(z.string()),
  /** Milliseconds since the epoch of the last status change. */
  changedAt: z.optional(z.number()),
  /** True from a status change until the popup marks the changes seen. */
  unseen: z.boolean(),
});
export type PinView = z.infer<typeof pinSchema>;

const pinsReply = z.object({ pins: z.array(pinSchema) });
const certNosReply = z.object({ certNos: z.array(z.string()) });
const savedFileReply = z.object({ fileName: z.string() });
const watcherSettingsReply = z.object({ intervalMinutes: watchIntervalSchema });

export const customsCertificateSummarySchema = z.object({
  id: z.int(),
  certNo: z.string(),
  ciqRegNo: z.string(),
  status: z.string(),
  certType: z.string(),
  invNo: z.string(),
  aplDate: z.string(),
});
export type CustomsCertificateSummary = z.infer<typeof customsCertificateSummarySchema>;

export const customsCertificateDetailSchema = z.extend(customsCertificateSummarySchema, {
  invDate: z.string(),
  exporter: z.string(),
  consignee: z.string(),
  goods: z.array(
    z.object({
      gNo: z.string(),
      hsCode: z.string(),
      goodsName: z.string(),
      goodsNameE: z.string(),
      goodsQty: z.string(),
      goodsUnit: z.string(),
      oriCriteria: z.string(),
    }),
  ),
  documents: z.array(z.object({ fileTypeName: z.string(), fileName: z.string() })),
});
export type CustomsCertificateDetail = z.infer<typeof customsCertificateDetailSchema>;

export const ccpitDocumentSchema = z.object({
  docId: z.string(),
  status: z.string(),
  printStatus: z.string(),
  auditStatus: z.string(),
  auditOpinion: z.string(),
  auditTime: z.string(),
  printTime: z.string(),
});
export type CcpitDocumentView = z.infer<typeof ccpitDocumentSchema>;

/** Reply data for each certificate request type. */
export const certificateReplySchemas = {
  certNosByInvoice: certNosReply,
  certNosByExporter: certNosReply,
  ccpitLookup: z.object({ document: ccpitDocumentSchema, pinned: z.boolean() }),
  ccpitPdf: savedFileReply,
  listCustomsCertificates: z.object({
    items: z.array(customsCertificateSummarySchema),
    page: z.int(),
    size: z.int(),
    totalElements: z.optional(z.int()),
    totalPages: z.optional(z.int()),
    last: z.boolean(),
  }),
  getCustomsCertificate: z.object({ certificate: customsCertificateDetailSchema, pinned: z.boolean() }),
  certificateXml: savedFileReply,
  listPins: pinsReply,
  pinCertificate: pinsReply,
  unpinCertificate: pinsReply,
  markChangesSeen: pinsReply,
  getWatcherSettings: watcherSettingsReply,
  saveWatcherSettings: watcherSettingsReply,
} satisfies Record<CertificateRequestType, z.ZodMiniType>;

export type CertificateReplyData<Type extends CertificateRequestType> = z.infer<(typeof certificateReplySchemas)[Type]>;

export type CertificateReply<Type extends CertificateRequestType> =
  | { ok: true; data: CertificateReplyData<Type> }
  | { ok: false; error: CertificateError };

export function certificateReplyEnvelopeSchema<Type extends CertificateRequestType>(type: Type) {
  return z.union([
    z.object({ ok: z.literal(true), data: certificateReplySchemas[type] }),
    z.object({ ok: z.literal(false), error: certificateErrorSchema }),
  ]);
}
