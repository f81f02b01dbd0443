import type { ApiError } from '../api/errors';
import type { UserError } from '../messages/protocol';

/** Keeps what a page may show of an API error: its kind, route and status, never its detail. */
export function toUserError(error: ApiError): UserError {
  return { kind: error.kind, route: error.route, status: error.status };
}
