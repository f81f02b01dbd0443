/**
 * Requests of the options page's enterprise and producer administration, and their replies, in
 * the style of `protocol.ts`: `request-schema.ts` merges them into `requestSchema`, and
 * `protocol.ts` into `replySchemas`.
 *
 * This module imports nothing but types from protocol.ts, because protocol.ts imports it: a
 * value import would make a cycle in which one of the two reads the other before it is defined.
 *
 * A signer's full ID number travels only in the `getEnterprise` reply, which only the options
 * page requests. The page shows it masked until the user reveals it.
 */
import * as z from 'zod/mini';
import { ENTERPRISE_TEXT_FIELDS, type EnterpriseTextField } from '../validation/enterprise';
import { type UserError, userErrorSchema } from './user-error';

const id = z.int().check(z.nonnegative());
const positiveId = z.int().check(z.positive());
const pageIndex = z.int().check(z.gte(0), z.lte(100_000));
const pageSize = z.int().check(z.gte(1), z.lte(100));

/** Maximum length of each editable text field, as `enterpriseInputSchema` in utils/api/schemas.ts allows. */
export const ENTERPRISE_FIELD_MAX_LENGTHS: Record<EnterpriseTextField, number> = {
  enterpriseCnName: 200,
  enterpriseEnName: 400,
  socialCreditCode: 18,
  orgCode: 20,
  customsId: 10,
  exporterCode: 40,
  startingCertificateNo: 40,
  legalName: 100,
  legalTel: 40,
  corporateContacts: 100,
  corporateContactsTel: 40,
  exporterTel: 40,
  exporterFax: 40,
  exporterMail: 200,
  enterpriseAddr: 400,
  fetchPlace: 100,
  aplAdd: 100,
  exporter: 1000,
};

const textFieldShape = Object.fromEntries(
  ENTERPRISE_TEXT_FIELDS.map((field) => [field, z.string().check(z.maxLength(ENTERPRISE_FIELD_MAX_LENGTHS[field]))]),
) as { [Field in EnterpriseTextField]: z.ZodMiniString };

/** An enterprise as the edit form sends it: every text field, and `id` 0 to create one. */
export const enterpriseEditSchema = z.object({
  id,
  ...textFieldShape,
});
export type EnterpriseEdit = z.infer<typeof enterpriseEditSchema>;

export const adminSignerSchema = z.object({
  id,
  name: z.string(),
  /** The full resident ID number; pages show `maskedIdentity` until the user reveals it. */
  identity: z.string(),
  maskedIdentity: z.string(),
  tel: z.string(),
});
export type AdminSigner = z.infer<typeof adminSignerSchema>;

export const enterpriseDetailSchema = z.object({
  ...enterpriseEditSchema.shape,
  /** The platform's own enterprise id, read-only here. */
  enterpriseId: z.nullable(z.int()),
  signers: z.array(adminSignerSchema),
});
export type EnterpriseDetail = z.infer<typeof enterpriseDetailSchema>;

export const producerInputMessageSchema = z.object({
  customsEnterpriseId: positiveId,
  producerName: z.string().check(z.maxLength(200)),
  producerContactPerson: z.string().check(z.maxLength(100)),
  producerContactTel: z.string().check(z.maxLength(40)),
  socialCreditCode: z.string().check(z.maxLength(18)),
});
export type ProducerInputMessage = z.infer<typeof producerInputMessageSchema>;

export const producerItemSchema = z.object({
  id,
  customsEnterpriseId: z.nullable(z.int()),
  producerName: z.string(),
  producerContactPerson: z.string(),
  producerContactTel: z.string(),
  socialCreditCode: z.string(),
});
export type ProducerItem = z.infer<typeof producerItemSchema>;

const pagePosition = {
  page: pageIndex,
  size: pageSize,
  totalElements: z.optional(z.int().check(z.nonnegative())),
  totalPages: z.optional(z.int().check(z.nonnegative())),
  last: z.boolean(),
};

export const adminRequestSchemas = [
  z.object({
    type: z.literal('listEnterprisePage'),
    page: pageIndex,
    size: pageSize,
    /** Part of the Chinese or English name; empty lists every enterprise. */
    keyword: z.string().check(z.maxLength(200)),
  }),
  z.object({ type: z.literal('getEnterprise'), id: positiveId }),
  z.object({ type: z.literal('saveEnterprise'), enterprise: enterpriseEditSchema }),
  z.object({ type: z.literal('deleteEnterprise'), id: positiveId }),
  z.object({ type: z.literal('listProducers'), enterpriseId: positiveId, page: pageIndex, size: pageSize }),
  z.object({ type: z.literal('addProducer'), producer: producerInputMessageSchema }),
  z.object({ type: z.literal('deleteProducer'), id: positiveId }),
] as const;

const adminRequestSchema = z.discriminatedUnion('type', adminRequestSchemas);
export type AdminRequest = z.infer<typeof adminRequestSchema>;
export type AdminRequestType = AdminRequest['type'];

/** One row of the enterprise list; the same fields as `enterpriseSummarySchema` in protocol.ts. */
export const enterpriseRowSchema = z.object({
  id,
  enterpriseCnName: z.string(),
  enterpriseEnName: z.string(),
  socialCreditCode: z.string(),
  customsId: z.string(),
});

export const adminReplySchemas = {
  listEnterprisePage: z.object({ enterprises: z.array(enterpriseRowSchema), ...pagePosition }),
  getEnterprise: z.object({ enterprise: enterpriseDetailSchema }),
  /**
   * The saved record, or `null` when the service confirmed the save with `{}` and the
   * follow-up read failed.
   */
  saveEnterprise: z.object({ enterprise: z.nullable(enterpriseDetailSchema) }),
  deleteEnterprise: z.object({ id: positiveId }),
  listProducers: z.object({
    producers: z.array(producerItemSchema),
    ...pagePosition,
    /** Set when the service could not be reached and the producers come from the cache. */
    refreshError: z.optional(userErrorSchema),
  }),
  addProducer: z.object({ producer: producerItemSchema }),
  deleteProducer: z.object({ id: positiveId }),
} satisfies Record<AdminRequestType, z.ZodMiniType>;

export type AdminReplyData<Type extends AdminRequestType> = z.infer<(typeof adminReplySchemas)[Type]>;

export type AdminReply<Type extends AdminRequestType> =
  | { ok: true; data: AdminReplyData<Type> }
  | { ok: false; error: UserError };

export type AdminRequestOf<Type extends AdminRequestType> = Extract<AdminRequest, { type: Type }>;
