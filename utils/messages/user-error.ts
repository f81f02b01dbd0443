/**
 * The error every reply to a page may carry. It sits in its own module because both protocol.ts
 * and admin-protocol.ts build schemas from it, and protocol.ts imports admin-protocol.ts.
 */
import * as z from 'zod/mini';

export const errorKindSchema = z.enum([
  'not-configured',
  'offline',
  'timeout',
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'server',
  'http',
  'bad-response',
  'invalid-request',
  'invalid-settings',
  'no-tab',
  'cannot-access-page',
  'not-cached',
  'invalid-rules-file',
  'internal',
  'rejected',
]);
export type ErrorKind = z.infer<typeof errorKindSchema>;

/** A failure as pages show it: the kind picks the message, the rest fills it in. */
export const userErrorSchema = z.object({
  kind: errorKindSchema,
  route: z.optional(z.string()),
  status: z.optional(z.int()),
  /** The first invalid field, for `invalid-settings`. */
  field: z.optional(z.string()),
  /** The server's own text, for `rejected` (an envelope answered `success: false`). */
  message: z.optional(z.string().check(z.maxLength(200))),
});
export type UserError = z.infer<typeof userErrorSchema>;
