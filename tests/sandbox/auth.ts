/**
 * Optional credential check. The real API's authentication scheme is not published, so the
 * sandbox checks whatever the extension is configured to send: a header, a `token` query
 * parameter, or both.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface RequireAuth {
  /** Header name, such as `X-Api-Key`; matched without regard to case. */
  header?: string;
  /** Expected header value; required together with `header`. */
  value?: string;
  /** Expected value of the `token` query parameter. */
  token?: string;
}

/** Throws when a header name comes without a value or the other way round. */
export function checkRequireAuth(auth: RequireAuth): void {
  if ((auth.header === undefined) !== (auth.value === undefined)) {
    throw new Error('requireAuth: set both "header" and "value", or neither');
  }
  if (auth.header === '' || auth.value === '' || auth.token === '') {
    throw new Error('requireAuth: header, value and token must not be empty strings');
  }
}

/** Tells whether a request carries every credential that `auth` sets; true without `auth`. */
export function isAuthorized(
  auth: RequireAuth | undefined,
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
): boolean {
  if (!auth) return true;
  if (auth.header !== undefined && headers[auth.header.toLowerCase()] !== auth.value) return false;
  if (auth.token !== undefined && query.get('token') !== auth.token) return false;
  return true;
}
