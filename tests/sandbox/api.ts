/**
 * Handles one request outside the admin API. It logs the request, applies a fault if one
 * matches, checks credentials and runs the route's handler.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type RequireAuth, isAuthorized } from './auth';
import { faultyResponse } from './fault-responses';
import type { ActiveFault, FaultRegistry } from './faults';
import { type ApiResult, HANDLERS, type SandboxStores, failure } from './handlers';
import { type Outgoing, fileOutgoing, jsonOutgoing, send } from './http-io';
import type { RequestLog } from './request-log';
import { type RouteMatch, matchRoute, toApiPath } from './routes';

export interface ApiContext {
  stores: SandboxStores;
  faults: FaultRegistry;
  log: RequestLog;
  requireAuth: RequireAuth | undefined;
  /** Aborted when the sandbox closes, which cancels fault latency. */
  signal: AbortSignal;
  onError: (error: unknown) => void;
}

export interface ApiRequest {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  body: Buffer;
}

export async function handleApiRequest(
  { request, response, url, body }: ApiRequest,
  context: ApiContext,
): Promise<void> {
  const method = request.method ?? 'GET';
  const apiPath = toApiPath(url.pathname);
  const match: RouteMatch =
    apiPath === undefined ? { kind: 'not-found' } : matchRoute(method, apiPath);
  const route = match.kind === 'match' ? match.name : undefined;
  context.log.record({
    method,
    path: url.pathname,
    route,
    query: url.searchParams,
    headerNames: Object.keys(request.headers),
    body: body.toString('utf8'),
  });

  const fault = context.faults.take(route);
  if (fault?.latencyMs) await sleep(fault.latencyMs, undefined, { signal: context.signal });
  if (fault?.status === 0) {
    request.socket.destroy();
    return;
  }

  const result = await buildResult(match, { request, url, body, inApi: apiPath !== undefined }, context);
  send(response, toOutgoing(result, fault, match, url.pathname));
}

interface ResultInput {
  request: IncomingMessage;
  url: URL;
  body: Buffer;
  /** False for paths outside `/open/`, which get 404 without a credential check. */
  inApi: boolean;
}

async function buildResult(
  match: RouteMatch,
  { request, url, body, inApi }: ResultInput,
  context: ApiContext,
): Promise<ApiResult> {
  const path = url.pathname;
  if (!inApi) return failure(404, path);
  if (!isAuthorized(context.requireAuth, request.headers, url.searchParams)) {
    return failure(401, path);
  }
  if (match.kind === 'not-found') return failure(404, path);
  if (match.kind === 'method-not-allowed') return failure(405, path);

  try {
    return await HANDLERS[match.name]({
      params: match.params,
      query: url.searchParams,
      body: body.toString('utf8'),
      rawBody: body,
      contentType: request.headers['content-type'] ?? '',
      path,
      stores: context.stores,
    });
  } catch (error) {
    context.onError(error);
    return failure(500, path);
  }
}

function toOutgoing(
  result: ApiResult,
  fault: ActiveFault | undefined,
  match: RouteMatch,
  path: string,
): Outgoing {
  const changesResponse =
    fault &&
    (fault.status !== undefined || fault.body !== undefined || fault.retryAfter !== undefined);
  const route = match.kind === 'match' ? match.name : undefined;
  const outgoing = changesResponse
    ? faultyResponse(fault, result, route, path)
    : normalOutgoing(result);
  if (match.kind === 'method-not-allowed' && result.status === 405) {
    outgoing.headers.allow = match.allowed.join(', ');
  }
  return outgoing;
}

function normalOutgoing(result: ApiResult): Outgoing {
  return result.file ? fileOutgoing(result.status, result.file) : jsonOutgoing(result.status, result.body);
}
