/**
 * Failures of an API call as typed values. The worker returns these to the popup and options
 * page, which turn `kind` into a message in the user's language.
 */

/** Failures that any route can meet: transport, HTTP status and unreadable responses. */
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

/**
 * Failures of routes whose responses use the `{code, message, success, data}` envelope, which
 * add `rejected`: the server answered `success: false`.
 */
export type EnvelopeErrorKind = ApiErrorKind | 'rejected';

export interface ApiError<Kind extends EnvelopeErrorKind = ApiErrorKind> {
  kind: Kind;
  /** The route name from the path table, for logs and messages. */
  route: string;
  /** HTTP status, when the server answered. */
  status?: number;
  /** Seconds from a Retry-After header, when the server sent one. */
  retryAfter?: number;
  /** A technical detail in English for logs, such as the failing schema path. Never a secret. */
  detail: string;
  /**
   * The server's own message for `rejected`, as plain text of at most 200 characters, to show
   * to the user as it stands.
   */
  message?: string;
  /** The envelope's `code` for `rejected`, when the server sent one. */
  code?: string;
}

export type Result<T, Kind extends EnvelopeErrorKind = ApiErrorKind> =
  | { ok: true; value: T }
  | { ok: false; error: ApiError<Kind> };

/** Any result of an envelope or file route, which may be `rejected`. */
export type EnvelopeResult<T> = Result<T, EnvelopeErrorKind>;

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<Kind extends EnvelopeErrorKind>(error: ApiError<Kind>): { ok: false; error: ApiError<Kind> } {
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
