/**
 * The `{code, message, success, data}` envelope of the CCPIT (贸促会) routes. `success: false`
 * is a failure whose `message` the server wrote for the user.
 */
import { z } from 'zod';
import { type ApiError, type EnvelopeErrorKind, type Result, fail, ok } from './errors';

/** Maximum length of a server message passed on, in characters (code points). */
export const MAX_SERVER_MESSAGE_LENGTH = 200;

export const envelopeSchema = z.looseObject({
  code: z.union([z.string(), z.number()]).nullish(),
  message: z.string().nullish(),
  success: z.boolean(),
  data: z.unknown(),
});

/**
 * Turns a server message into plain text for the UI: markup tags and control characters are
 * removed, runs of whitespace become one space, and text longer than 200 characters is cut
 * and ends with "…".
 */
export function sanitizeServerMessage(message: string): string {
  const plain = message
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = Array.from(plain);
  if (characters.length <= MAX_SERVER_MESSAGE_LENGTH) return plain;
  return `${characters.slice(0, MAX_SERVER_MESSAGE_LENGTH - 1).join('')}…`;
}

/** Builds the `rejected` error for an envelope with `success: false`. */
export function rejection(
  route: string,
  status: number,
  envelope: z.output<typeof envelopeSchema>,
): ApiError<EnvelopeErrorKind> {
  const message = sanitizeServerMessage(envelope.message ?? '');
  const code = envelope.code === null || envelope.code === undefined ? undefined : String(envelope.code);
  return {
    kind: 'rejected',
    route,
    status,
    detail: `success false${code === undefined ? '' : `, code ${code}`}`,
    message,
    ...(code === undefined ? {} : { code }),
  };
}

/**
 * Returns the envelope's `data`, or the `rejected` error when `success` is false. A body that is
 * not an envelope is a `bad-response`.
 */
export function unwrapEnvelope(
  route: string,
  status: number,
  json: unknown,
): Result<unknown, EnvelopeErrorKind> {
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    return fail({ route, kind: 'bad-response', status, detail: 'body is not a {code, message, success, data} envelope' });
  }
  if (!parsed.data.success) return fail(rejection(route, status, parsed.data));
  return ok(parsed.data.data);
}
