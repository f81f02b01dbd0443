/**
 * Messages from extension pages (popup, options) and injected page scripts to the background
 * worker, and their replies.
 *
 * Both directions are zod schemas: the worker parses every request, and pages parse every reply,
 * so a message of the wrong shape is rejected wherever it arrives.
 */
import { z } from 'zod';
import { adminReplySchemas, adminRequestSchemas } from './admin-protocol';
import { type UserError, userErrorSchema } from './user-error';
import { fieldRuleSchema, ruleOriginSchema, rulesFileSchema, siteRulesSchema } from '../worker/rules-schema';

// Record ids as the API sends them; any integer, since the API does not document a range.
const id = z.number().int();
const shortText = z.string().max(200);

export const searchKindSchema = z.enum(['country', 'agreement', 'rule', 'standard']);

export const requestSchema = z.discriminatedUnion('type', [
  ...adminRequestSchemas,
  z.object({ type: z.literal('getStatus') }),
  z.object({
    type: z.literal('search'),
    query: shortText,
    kinds: z.array(searchKindSchema).max(4).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  }),
  z.object({ type: z.literal('listEnterprises'), refresh: z.boolean() }),
  z.object({ type: z.literal('listSigners'), enterpriseId: id, refresh: z.boolean() }),
  z.object({ type: z.literal('refreshAll') }),
  z.object({
    type: z.literal('fill'),
    tabId: id,
    enterpriseId: id,
    signerId: id.optional(),
    /** A producer (生产商) of the enterprise, for producer fields. */
    producerId: id.optional(),
    /** China Customs 3-digit code of the destination country. */
    countryCode: z.string().regex(/^\d{3}$/).optional(),
    overwrite: z.boolean(),
  }),
  z.object({ type: z.literal('getLastSelection') }),
  /** Restores the fields the last fill changed, in every frame of the tab. */
  z.object({ type: z.literal('undoFill'), tabId: id }),
  /** Starts the field picker in every frame of the tab, so the user can teach a rule. */
  z.object({ type: z.literal('startTeach'), tabId: id }),
  z.object({ type: z.literal('listRules') }),
  z.object({
    type: z.literal('deleteRule'),
    origin: ruleOriginSchema,
    selector: fieldRuleSchema.shape.selector,
    framePath: fieldRuleSchema.shape.framePath,
  }),
  z.object({ type: z.literal('exportRules') }),
  /** The text of a rules file as the user picked it; the worker parses and validates it. */
  z.object({ type: z.literal('importRules'), text: z.string().max(2_000_000) }),
  z.object({ type: z.literal('getSettings') }),
  z.object({
    type: z.literal('saveSettings'),
    baseUrl: z.string().max(2000),
    authHeaderName: z.string().max(100),
    /** Omitted to keep the stored value; an empty string clears it. */
    authHeaderValue: z.string().max(4096).optional(),
    token: z.string().max(4096).optional(),
    timeoutMs: z.number().int(),
  }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

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
  count: z.number().int(),
  fetchedAt: z.number().nullable(),
});

export const publicSettingsSchema = z.object({
  baseUrl: z.string(),
  authHeaderName: z.string(),
  hasAuthHeaderValue: z.boolean(),
  hasToken: z.boolean(),
  timeoutMs: z.number().int(),
});

const statusSchema = z.object({
  dictionaries: z.array(dictionaryStatusSchema),
  enterprisesFetchedAt: z.number().nullable(),
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
    error: userErrorSchema.optional(),
  }),
  listEnterprises: z.object({
    enterprises: z.array(enterpriseSummarySchema),
    fetchedAt: z.number().nullable(),
    error: userErrorSchema.optional(),
  }),
  listSigners: z.object({
    signers: z.array(signerSummarySchema),
    fetchedAt: z.number().nullable(),
    error: userErrorSchema.optional(),
  }),
  refreshAll: z.object({ status: statusSchema, errors: z.array(userErrorSchema) }),
  fill: z.object({ report: fillReportSchema, framesReached: z.number().int() }),
  getLastSelection: z.object({
    enterpriseId: id.optional(),
    signerId: id.optional(),
    countryCode: z.string().optional(),
  }),
  undoFill: z.object({ restored: z.number().int().nonnegative(), framesReached: z.number().int() }),
  startTeach: z.object({ framesReached: z.number().int() }),
  listRules: z.object({ sites: z.array(siteRulesSchema) }),
  deleteRule: z.object({ sites: z.array(siteRulesSchema) }),
  exportRules: z.object({ file: rulesFileSchema }),
  importRules: z.object({ imported: z.number().int().nonnegative(), sites: z.array(siteRulesSchema) }),
  getSettings: publicSettingsSchema,
  saveSettings: publicSettingsSchema,
} satisfies Record<RequestType, z.ZodType>;

export type ReplyData<Type extends RequestType> = z.infer<(typeof replySchemas)[Type]>;

export type Reply<Type extends RequestType> =
  | { ok: true; data: ReplyData<Type> }
  | { ok: false; error: UserError };

export function replyEnvelopeSchema<Type extends RequestType>(type: Type) {
  return z.union([
    z.object({ ok: z.literal(true), data: replySchemas[type] }),
    z.object({ ok: z.literal(false), error: userErrorSchema }),
  ]);
}

/**
 * Messages that scripts the worker injects into web pages (the teach picker and the toast) may
 * send. They carry no tab id or origin: the worker takes both from the sender, which the browser
 * fills in. Their replies return no data beyond a count, because a page could trigger them.
 */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('teachRule'),
    selector: fieldRuleSchema.shape.selector,
    framePath: fieldRuleSchema.shape.framePath,
    source: fieldRuleSchema.shape.source,
  }),
  z.strictObject({ type: z.literal('undoFill') }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type ContentRequestType = ContentRequest['type'];

export const contentReplySchemas = {
  teachRule: z.object({ saved: z.literal(true) }),
  undoFill: z.object({ restored: z.number().int().nonnegative() }),
} satisfies Record<ContentRequestType, z.ZodType>;

export type ContentReply<Type extends ContentRequestType> =
  | { ok: true; data: z.infer<(typeof contentReplySchemas)[Type]> }
  | { ok: false; error: UserError };
