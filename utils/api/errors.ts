/**
 * Failures of an API call as typed values. The worker returns these to the popup and options
 * page, which turn `kind` into a message in the user's language.
 */

export type ApiErrorKind =
  | 'not-configured'
  | 'offline'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'http'
  | 'bad-response';

export interface ApiError {
  kind: ApiErrorKind;
  /** The route name from the path table, for logs and messages. */
  route: string;
  /** HTTP status, when the server answered. */
  status?: number;
  /** Seconds from a Retry-After header, when the server sent one. */
  retryAfter?: number;
  /** A technical detail in English for logs, such as the failing schema path. Never a secret. */
  detail: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(error: ApiError): Result<T> {
  return { ok: false, error };
}

/** Maps an HTTP error status to the kind of failure the user is told about. */
export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'http';
}
