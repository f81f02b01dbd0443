/**
 * The requests extension pages and injected page scripts may send to the background worker, as
 * zod schemas that the worker parses every message with. Their replies are in `protocol.ts`.
 */
import * as z from 'zod/mini';
import { adminRequestSchemas } from './admin-protocol';
import { recordIdSchema } from './protocol';
import { MAX_QUERY_LENGTH } from '../search/query-limit';
import { MAX_RULES_FILE_LENGTH, fieldRuleSchema, ruleOriginSchema } from '../worker/rules-schema';

const id = recordIdSchema;

export const searchKindSchema = z.enum(['country', 'agreement', 'rule', 'standard']);

export const requestSchema = z.discriminatedUnion('type', [
  ...adminRequestSchemas,
  z.object({ type: z.literal('getStatus') }),
  z.object({
    type: z.literal('search'),
    query: z.string().check(z.maxLength(MAX_QUERY_LENGTH)),
    kinds: z.optional(z.array(searchKindSchema).check(z.maxLength(4))),
    limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
  }),
  z.object({ type: z.literal('listEnterprises'), refresh: z.boolean() }),
  z.object({ type: z.literal('listSigners'), enterpriseId: id, refresh: z.boolean() }),
  z.object({ type: z.literal('refreshAll') }),
  z.object({
    type: z.literal('fill'),
    tabId: id,
    enterpriseId: id,
    signerId: z.optional(id),
    /** A producer (生产商) of the enterprise, for producer fields. */
    producerId: z.optional(id),
    /** China Customs 3-digit code of the destination country. */
    countryCode: z.optional(z.string().check(z.regex(/^\d{3}$/))),
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
  z.object({ type: z.literal('importRules'), text: z.string().check(z.maxLength(MAX_RULES_FILE_LENGTH)) }),
  z.object({ type: z.literal('getSettings') }),
  z.object({
    type: z.literal('saveSettings'),
    baseUrl: z.string().check(z.maxLength(2000)),
    authHeaderName: z.string().check(z.maxLength(100)),
    /** Omitted to keep the stored value; an empty string clears it. */
    authHeaderValue: z.optional(z.string().check(z.maxLength(4096))),
    token: z.optional(z.string().check(z.maxLength(4096))),
    timeoutMs: z.int(),
  }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

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
