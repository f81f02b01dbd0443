/** Retries of idempotent requests after transient failures, with logging of every attempt. */
import { logInfo, logWarn } from '../log';
import type { ApiError, EnvelopeErrorKind, Result } from './errors';
import { API_ROUTES, type ApiRouteName } from './paths';

export interface ClientOptions {
  fetch?: typeof fetch;
  /** Extra attempts for a GET after a transient failure (timeout, network, 429, 502–504). */
  retries?: number;
  /** Delay before the first retry in milliseconds; it doubles for each later one. */
  retryDelayMs?: number;
}

const MAX_RETRY_DELAY_MS = 5_000;
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

function isTransient(error: ApiError<EnvelopeErrorKind>): boolean {
  if (error.kind === 'timeout' || error.kind === 'offline') return true;
  return error.status !== undefined && TRANSIENT_STATUSES.has(error.status);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the retries run out. Only GET routes
 * are retried, because a repeated POST, PUT or DELETE could act twice.
 */
export async function withRetries<T, Kind extends EnvelopeErrorKind>(
  route: ApiRouteName,
  attempt: () => Promise<Result<T, Kind>>,
  options: ClientOptions,
): Promise<Result<T, Kind>> {
  const retries = API_ROUTES[route].method === 'GET' ? (options.retries ?? 1) : 0;
  const firstDelay = options.retryDelayMs ?? 400;

  for (let attemptIndex = 0; ; attemptIndex++) {
    const started = Date.now();
    const result = await attempt();
    const elapsedMs = Date.now() - started;
    if (result.ok) {
      logInfo('api ok', { route, elapsedMs, attempt: attemptIndex + 1 });
      return result;
    }
    const { error } = result;
    logWarn('api failed', {
      route,
      kind: error.kind,
      status: error.status,
      detail: error.detail,
      elapsedMs,
      attempt: attemptIndex + 1,
    });
    if (attemptIndex >= retries || !isTransient(error)) return result;
    const backoff = Math.min(firstDelay * 2 ** attemptIndex, MAX_RETRY_DELAY_MS);
    const serverDelay = error.retryAfter === undefined ? 0 : error.retryAfter * 1000;
    if (serverDelay > MAX_RETRY_DELAY_MS) return result;
    await sleep(Math.max(backoff, serverDelay));
  }
}
