/**
 * The one place that calls the FTA 智证通 API. It builds URLs from the path table, adds the
 * configured credential, enforces a timeout, retries idempotent GETs on transient failures and
 * parses every answer with a zod schema.
 */
import type { z } from 'zod';
import type { Settings } from '../settings';
import { logInfo, logWarn } from '../log';
import { type ApiError, type Result, fail, kindForStatus, ok } from './errors';
import { API_ROUTES, type ApiRouteName, expandPath } from './paths';

export interface ApiRequest<Schema extends z.ZodType> {
  route: ApiRouteName;
  pathParams?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  schema: Schema;
}

export interface ClientOptions {
  fetch?: typeof fetch;
  /** Extra attempts for a GET after a transient failure (timeout, network, 429, 502–504). */
  retries?: number;
  /** Delay before the first retry in milliseconds; it doubles for each later one. */
  retryDelayMs?: number;
}

const MAX_RETRY_DELAY_MS = 5_000;
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

export function buildUrl(settings: Settings, request: ApiRequest<z.ZodType>): string {
  const route = API_ROUTES[request.route];
  const url = new URL(settings.baseUrl + expandPath(route.path, request.pathParams));
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  if (settings.token !== '') url.searchParams.set('token', settings.token);
  return url.toString();
}

function buildHeaders(settings: Settings, hasBody: boolean): Headers {
  const headers = new Headers({ accept: 'application/json' });
  if (hasBody) headers.set('content-type', 'application/json');
  if (settings.authHeaderName !== '' && settings.authHeaderValue !== '') {
    headers.set(settings.authHeaderName, settings.authHeaderValue);
  }
  return headers;
}

function describeSchemaFailure(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'schema mismatch';
  const path = issue.path.map(String).join('.') || '(root)';
  return `schema mismatch at ${path}: ${issue.message}`;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

async function attempt<Schema extends z.ZodType>(
  settings: Settings,
  request: ApiRequest<Schema>,
  fetchImpl: typeof fetch,
): Promise<Result<z.output<Schema>>> {
  const route = API_ROUTES[request.route];
  const base: Pick<ApiError, 'route'> = { route: request.route };
  let url: string;
  try {
    url = buildUrl(settings, request);
  } catch (error) {
    return fail({ ...base, kind: 'not-configured', detail: `invalid URL: ${String(error)}` });
  }

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: route.method,
      headers: buildHeaders(settings, request.body !== undefined),
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    clearTimeout(timer);
    if (controller.signal.aborted) {
      return fail({ ...base, kind: 'timeout', detail: `no answer within ${settings.timeoutMs} ms` });
    }
    return fail({ ...base, kind: 'offline', detail: `request failed: ${String(error)}` });
  }

  let bodyText: string;
  try {
    bodyText = await response.text();
  } catch (error) {
    clearTimeout(timer);
    const kind = controller.signal.aborted ? 'timeout' : 'bad-response';
    return fail({ ...base, kind, status: response.status, detail: `body not read: ${String(error)}` });
  }
  clearTimeout(timer);

  if (!response.ok) {
    return fail({
      ...base,
      kind: kindForStatus(response.status),
      status: response.status,
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
      detail: `HTTP ${response.status}`,
    });
  }

  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return fail({ ...base, kind: 'bad-response', status: response.status, detail: 'body is not JSON' });
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    return fail({
      ...base,
      kind: 'bad-response',
      status: response.status,
      detail: describeSchemaFailure(parsed.error),
    });
  }
  return ok(parsed.data);
}

function isTransient(error: ApiError): boolean {
  if (error.kind === 'timeout' || error.kind === 'offline') return true;
  return error.status !== undefined && TRANSIENT_STATUSES.has(error.status);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sends one API request and returns its parsed answer or a typed error. */
export async function callApi<Schema extends z.ZodType>(
  settings: Settings,
  request: ApiRequest<Schema>,
  options: ClientOptions = {},
): Promise<Result<z.output<Schema>>> {
  const fetchImpl = options.fetch ?? fetch;
  const method = API_ROUTES[request.route].method;
  const retries = method === 'GET' ? (options.retries ?? 1) : 0;
  const firstDelay = options.retryDelayMs ?? 400;

  for (let attemptIndex = 0; ; attemptIndex++) {
    const started = Date.now();
    const result = await attempt(settings, request, fetchImpl);
    const elapsedMs = Date.now() - started;
    if (result.ok) {
      logInfo('api ok', { route: request.route, elapsedMs, attempt: attemptIndex + 1 });
      return result;
    }
    const { error } = result;
    logWarn('api failed', {
      route: request.route,
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
