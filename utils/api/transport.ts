/**
 * One HTTP exchange with the API: builds the URL from the path table, adds the configured
 * credential, sends a JSON or multipart body, enforces the timeout and maps error statuses.
 */
import type { Settings } from '../settings';
import { type Result, fail, kindForStatus, ok } from './errors';
import { API_ROUTES, type ApiRouteName, expandPath } from './paths';

export interface WireRequest {
  route: ApiRouteName;
  pathParams?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  /** Sent as JSON, except a `FormData`, which is sent as `multipart/form-data`. */
  body?: unknown;
}

/** A successful (2xx) response with its body read in full. */
export interface RawResponse {
  status: number;
  headers: Headers;
  bytes: ArrayBuffer;
}

export function buildUrl(settings: Settings, request: WireRequest): string {
  const route = API_ROUTES[request.route];
  const url = new URL(settings.baseUrl + expandPath(route.path, request.pathParams));
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  if (settings.token !== '') url.searchParams.set('token', settings.token);
  return url.toString();
}

function buildHeaders(settings: Settings, body: unknown, accept: string): Headers {
  const headers = new Headers({ accept });
  // fetch sets the multipart content type itself, with the boundary.
  if (body !== undefined && !(body instanceof FormData)) headers.set('content-type', 'application/json');
  if (settings.authHeaderName !== '' && settings.authHeaderValue !== '') {
    headers.set(settings.authHeaderName, settings.authHeaderValue);
  }
  return headers;
}

function encodeBody(body: unknown): BodyInit | undefined {
  if (body === undefined) return undefined;
  return body instanceof FormData ? body : JSON.stringify(body);
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/** Sends one request and reads the whole response within `settings.timeoutMs`. */
export async function sendRequest(
  settings: Settings,
  request: WireRequest,
  accept: string,
  fetchImpl: typeof fetch,
): Promise<Result<RawResponse>> {
  const base = { route: request.route };
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
      method: API_ROUTES[request.route].method,
      headers: buildHeaders(settings, request.body, accept),
      body: encodeBody(request.body),
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

  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
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
  return ok({ status: response.status, headers: response.headers, bytes });
}
