/**
 * Messages from extension pages (popup, options) and injected page scripts to the background
 * worker, and their replies.
 *
 * Both directions are zod schemas: the worker parses every request, and pages parse every reply,
 * so a message of the wrong shape is rejected wherever it arrives. The request schemas are in
 * `request-schema.ts`, which of the extension's scripts only the worker loads, so pages do not
 * build them when they open.
 */
import * as z from 'zod/mini';
import { adminReplySchemas } from './admin-protocol';
import { type UserError, userErrorSchema } from './user-error';
import { rulesFileSchema, siteRulesSchema } from '../worker/rules-schema';
import type { ContentRequestType, RequestType } from './request-schema';

export type { ContentRequest, ContentRequestType, Request, RequestType } from './request-schema';

// Record ids as the API sends them; any integer, since the API does not document a range.
export const recordIdSchema = z.int();
const id = recordIdSchema;

export { type ErrorKind, type UserError, errorKindSchema, userErrorSchema } from './user-error';

const searchEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('country'),
    customsCode: z.string(),
    iso2: z.string(),
    iso3: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
  }),
  z.object({
    kind: z.literal('agreement'),
    agreementCode: z.string(),
    agreementNameZh: z.string(),
    agreementNameEn: z.string(),
    certificateType: z.string(),
    customsCode: z.string(),
    iso2: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
  }),
  z.object({
    kind: z.literal('rule'),
    id: z.number(),
    hsCode: z.string(),
    tariffChapter: z.string(),
    tariffCodeList: z.string(),
    cargoDesc: z.string(),
    criterion: z.string(),
    isStar: z.boolean(),
  }),
  z.object({
    kind: z.literal('standard'),
    table: z.string(),
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
  }),
]);

const dictionaryStatusSchema = z.object({
  name: z.string(),
  count: z.int(),
  fetchedAt: z.nullable(z.number()),
});

export const publicSettingsSchema = z.object({
  baseUrl: z.string(),
  authHeaderName: z.string(),
  hasAuthHeaderValue: z.boolean(),
  hasToken: z.boolean(),
  timeoutMs: z.int(),
});

const statusSchema = z.object({
  dictionaries: z.array(dictionaryStatusSchema),
  enterprisesFetchedAt: z.nullable(z.number()),
  settings: publicSettingsSchema,
});

export const enterpriseSummarySchema = z.object({
  id,
  enterpriseCnName: z.string(),
  enterpriseEnName: z.string(),
  socialCreditCode: z.string(),
  customsId: z.string(),
});
export type EnterpriseSummary = z.infer<typeof enterpriseSummarySchema>;

export const signerSummarySchema = z.object({
  id,
  name: z.string(),
  /** The ID number with all but its first and last four characters masked. */
  maskedIdentity: z.string(),
  tel: z.string(),
});
export type SignerSummary = z.infer<typeof signerSummarySchema>;

const skipReasonSchema = z.enum([
  'not-empty',
  'hidden',
  'disabled',
  'readonly',
  'no-data',
  'no-matching-option',
  'ambiguous',
  'too-long',
  'replaced',
]);

const fieldOutcome = { label: z.string(), source: z.string(), frame: z.string() };

export const fillReportSchema = z.object({
  filled: z.array(z.object({ ...fieldOutcome, shown: z.string() })),
  skipped: z.array(z.object({ ...fieldOutcome, reason: skipReasonSchema })),
});

/** Reply data for each request type. */
export const replySchemas = {
  ...adminReplySchemas,
  getStatus: statusSchema,
  search: z.object({
    hits: z.array(z.object({ entry: searchEntrySchema, score: z.number() })),
    error: z.optional(userErrorSchema),
  }),
  listEnterprises: z.object({
    enterprises: z.array(enterpriseSummarySchema),
    fetchedAt: z.nullable(z.number()),
    error: z.optional(userErrorSchema),
  }),
  listSigners: z.object({
    signers: z.array(signerSummarySchema),
    fetchedAt: z.nullable(z.number()),
    error: z.optional(userErrorSchema),
  }),
  refreshAll: z.object({ status: statusSchema, errors: z.array(userErrorSchema) }),
  fill: z.object({ report: fillReportSchema, framesReached: z.int() }),
  getLastSelection: z.object({
    enterpriseId: z.optional(id),
    signerId: z.optional(id),
    countryCode: z.optional(z.string()),
  }),
  undoFill: z.object({ restored: z.int().check(z.nonnegative()), framesReached: z.int() }),
  startTeach: z.object({ framesReached: z.int() }),
  listRules: z.object({ sites: z.array(siteRulesSchema) }),
  deleteRule: z.object({ sites: z.array(siteRulesSchema) }),
  exportRules: z.object({ file: rulesFileSchema }),
  importRules: z.object({ imported: z.int().check(z.nonnegative()), sites: z.array(siteRulesSchema) }),
  getSettings: publicSettingsSchema,
  saveSettings: publicSettingsSchema,
} satisfies Record<RequestType, z.ZodMiniType>;

export type ReplyData<Type extends RequestType> = z.infer<(typeof replySchemas)[Type]>;

export type Reply<Type extends RequestType> =
  | { ok: true; data: ReplyData<Type> }
  | { ok: false; error: UserError };

function buildReplyEnvelopeSchema<Type extends RequestType>(type: Type) {
  return z.union([
    z.object({ ok: z.literal(true), data: replySchemas[type] }),
    z.object({ ok: z.literal(false), error: userErrorSchema }),
  ]);
}

type ReplyEnvelopeSchema<Type extends RequestType> = ReturnType<typeof buildReplyEnvelopeSchema<Type>>;

/** Envelope schemas built so far, so each request type builds its zod envelope once rather than on every reply. */
const replyEnvelopeSchemas = new Map<RequestType, ReplyEnvelopeSchema<RequestType>>();

export function replyEnvelopeSchema<Type extends RequestType>(type: Type): ReplyEnvelopeSchema<Type> {
  let schema = replyEnvelopeSchemas.get(type);
  if (!schema) {
    schema = buildReplyEnvelopeSchema(type);
    replyEnvelopeSchemas.set(type, schema);
  }
  return schema as ReplyEnvelopeSchema<Type>;
}

export const contentReplySchemas = {
  teachRule: z.object({ saved: z.literal(true) }),
  undoFill: z.object({ restored: z.int().check(z.nonnegative()) }),
} satisfies Record<ContentRequestType, z.ZodMiniType>;

export type ContentReply<Type extends ContentRequestType> =
  | { ok: true; data: z.infer<(typeof contentReplySchemas)[Type]> }
  | { ok: false; error: UserError };
