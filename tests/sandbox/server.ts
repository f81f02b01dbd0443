/**
 * A local imitation of the FTA 智证通 open API for `npm start`, the end-to-end tests and trying
 * the extension without credentials. It serves every route of `utils/api/paths.ts` under
 * `/open/` on 127.0.0.1, with seed data, optional credential checks, fault injection and a
 * request log. See `admin.ts` for the control API that other processes use.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { ADMIN_PREFIX, handleAdminRequest } from './admin';
import { type ApiContext, handleApiRequest } from './api';
import { type RequireAuth, checkRequireAuth } from './auth';
import { type EnterpriseRecord, seedEnterprises } from './data/enterprises';
import { EnterpriseStore } from './enterprise-store';
import { type ActiveFault, FaultRegistry, type FaultSpec } from './faults';
import { jsonOutgoing, readBody, send } from './http-io';
import { type LoggedRequest, RequestLog } from './request-log';
import { API_PREFIX } from './routes';
import { springError } from './spring';

/** Largest request body read; a larger one gets 413. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

export interface SandboxOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Listening address; only the loopback address is allowed. */
  host?: '127.0.0.1';
  /** Credentials every API request must carry; without it any request is accepted. */
  requireAuth?: RequireAuth;
  /** Replaces the built-in seed data. */
  seed?: { enterprises?: EnterpriseRecord[] };
  /** Receives errors thrown by route handlers; they are logged to stderr by default. */
  onError?: (error: unknown) => void;
}

export interface FaultControl {
  /** Adds a fault; throws a `ZodError` for an invalid one. */
  add(spec: FaultSpec): ActiveFault;
  clear(): void;
  list(): ActiveFault[];
}

export interface Sandbox {
  /** Base URL ending in `/open/`, so that base + `/customs-enterprises` gives the published double-slash form. */
  url: string;
  port: number;
  /** Stops listening and drops open connections, including requests held by fault latency. */
  close(): Promise<void>;
  /** Restores the seed data and clears faults and the request log. */
  reset(): void;
  faults: FaultControl;
  requests(): LoggedRequest[];
  clearRequests(): void;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  if (options.requireAuth) checkRequireAuth(options.requireAuth);
  const host = options.host ?? '127.0.0.1';
  const seedRecords = options.seed?.enterprises;
  const store = new EnterpriseStore(
    seedRecords ? () => structuredClone(seedRecords) : seedEnterprises,
  );
  const faults = new FaultRegistry();
  const log = new RequestLog();
  const closing = new AbortController();
  const reset = (): void => {
    store.reset();
    faults.clear();
    log.clear();
  };
  const context: ApiContext = {
    store,
    faults,
    log,
    requireAuth: options.requireAuth,
    signal: closing.signal,
    onError: options.onError ?? ((error) => console.error('sandbox: route handler failed:', error)),
  };

  const server = createServer((request, response) => {
    dispatch(request, response, context, reset).catch((error: unknown) => {
      if (!closing.signal.aborted) context.onError(error);
      response.destroy();
    });
  });
  const port = await listen(server, options.port ?? 0, host);
  let closed: Promise<void> | undefined;

  return {
    url: `http://${host}:${port}${API_PREFIX}/`,
    port,
    close: () => (closed ??= closeServer(server, closing)),
    reset,
    faults: {
      add: (spec) => faults.add(spec),
      clear: () => faults.clear(),
      list: () => faults.list(),
    },
    requests: () => log.list(),
    clearRequests: () => log.clear(),
  };
}

async function dispatch(
  request: IncomingMessage,
  response: ServerResponse,
  context: ApiContext,
  reset: () => void,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const body = await readBody(request, MAX_REQUEST_BYTES);
  if (body === undefined) {
    send(response, jsonOutgoing(413, springError(413, url.pathname)));
    return;
  }

  if (url.pathname.startsWith(ADMIN_PREFIX)) {
    const target = { faults: context.faults, log: context.log, reset };
    send(response, handleAdminRequest(request.method ?? 'GET', url.pathname, body, target));
    return;
  }
  await handleApiRequest({ request, response, url, body }, context);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error(`Unexpected server address: ${String(address)}`));
      } else {
        resolve(address.port);
      }
    });
  });
}

function closeServer(server: Server, closing: AbortController): Promise<void> {
  closing.abort();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
