/**
 * The error every reply to a page may carry. It sits in its own module because both protocol.ts
 * and admin-protocol.ts build schemas from it, and protocol.ts imports admin-protocol.ts.
 */
import { z } from 'zod';

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
  route: z.string().optional(),
  status: z.number().int().optional(),
  /** The first invalid field, for `invalid-settings`. */
  field: z.string().optional(),
  /** The server's own text, for `rejected` (an envelope answered `success: false`). */
  message: z.string().max(200).optional(),
});
export type UserError = z.infer<typeof userErrorSchema>;
