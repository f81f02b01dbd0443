/**
 * zod schemas of the CCPIT (贸促会) certificate-of-origin routes. Each describes the `data` of
 * the `{code, message, success, data}` envelope; the client unwraps the envelope first.
 *
 * NOTE: only the status result was published. The create, audit, print-status and upload
 * results are our guesses. The status values (such as 已提交, 审核中, 审核通过, 已退回 and
 * 未打印, 已打印) are not published either, so the schemas accept any text; the sandbox uses those.
 */
import { z } from 'zod';
import { idText, text } from './fields';

/** Result of create and draft: the document id that the status and print routes take. */
export const ccpitCreateResultSchema = z.looseObject({ docId: idText });
export type CcpitCreateResult = z.output<typeof ccpitCreateResultSchema>;

export const ccpitStatusSchema = z.looseObject({
  docId: idText,
  status: text,
  printStatus: text,
});
export type CcpitStatus = z.output<typeof ccpitStatusSchema>;

export const ccpitAuditResultSchema = z.looseObject({
  docId: idText,
  auditStatus: text,
  /** The reviewer's opinion; empty until the review ends. */
  auditOpinion: text,
  auditTime: text,
});
export type CcpitAuditResult = z.output<typeof ccpitAuditResultSchema>;

export const ccpitPrintStatusSchema = z.looseObject({
  docId: idText,
  printStatus: text,
  printTime: text,
});
export type CcpitPrintStatus = z.output<typeof ccpitPrintStatusSchema>;

export const ccpitUploadResultSchema = z.looseObject({
  fileId: idText,
  fileName: text,
  url: text,
});
export type CcpitUploadResult = z.output<typeof ccpitUploadResultSchema>;

const body = z.string().max(4000).optional();

/**
 * Body of 创建原产地证对象 and of its draft. Fields after `creditNum` were cut from the published
 * example, so unknown fields pass through.
 */
export const ccpitCertificateInputSchema = z.looseObject({
  docId: z.number().int().optional(),
  sendAudit: z.boolean().optional(),
  docType: z.string().min(1).max(40),
  subDocType: body,
  exporterEnAddress: body,
  importerEnName: body,
  importerEnAddress: body,
  importer: body,
  middleman: body,
  showMiddleman: z.boolean().optional(),
  producer: body,
  applyAddress: body,
  tradeModeCode: body,
  payTime: body,
  payModeCode: body,
  contractNum: body,
  creditNum: body,
});
export type CcpitCertificateInput = z.input<typeof ccpitCertificateInputSchema>;

/** Body of 打印证书Pdf, where `docId` is a string although create takes an integer. */
export const ccpitPrintRequestSchema = z.object({
  docId: z.string().min(1).max(40),
  invoiceNum: z.string().max(100),
  docType: z.string().max(40),
});
export type CcpitPrintRequest = z.input<typeof ccpitPrintRequestSchema>;
