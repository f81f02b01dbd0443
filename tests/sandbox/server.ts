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
import { type CcpitProgressOptions, CcpitStore } from './ccpit-store';
import { CertificateStore } from './certificate-store';
import { type CertificateRecord, seedCertificates } from './data/customs-certificates';
import { type EnterpriseRecord, seedEnterprises } from './data/enterprises';
import { type ProducerRecord, seedProducers } from './data/producers';
import { EnterpriseStore } from './enterprise-store';
import type { SandboxStores } from './handlers';
import { ProducerStore } from './producer-store';
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
  /** Replaces the built-in seed data of the given kinds. */
  seed?: { enterprises?: EnterpriseRecord[]; certificates?: CertificateRecord[]; producers?: ProducerRecord[] };
  /**
   * How CCPIT documents advance through review and printing: a step every `queriesPerStep`
   * status queries of a document (default 2) or every `stepMs` milliseconds (default 15 000),
   * either off when 0. Tests that poll set `{ queriesPerStep: 1, stepMs: 0 }` to be exact.
   */
  ccpitProgress?: CcpitProgressOptions;
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
  /** Restores the seed data, restarts the CCPIT timelines, and clears faults and the request log. */
  reset(): void;
  faults: FaultControl;
  requests(): LoggedRequest[];
  clearRequests(): void;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  if (options.requireAuth) checkRequireAuth(options.requireAuth);
  const host = options.host ?? '127.0.0.1';
  const stores = createStores(options);
  const faults = new FaultRegistry();
  const log = new RequestLog();
  const closing = new AbortController();
  const reset = (): void => {
    stores.enterprises.reset();
    stores.certificates.reset();
    stores.producers.reset();
    stores.ccpit.reset();
    faults.clear();
    log.clear();
  };
  const context: ApiContext = {
    stores,
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

/** Builds the stores, each from its seed option or from the built-in seed data. */
function createStores(options: SandboxOptions): SandboxStores {
  const seed = options.seed ?? {};
  const copyOf =
    <Item>(records: Item[] | undefined, fallback: () => Item[]) =>
    (): Item[] =>
      records ? structuredClone(records) : fallback();
  return {
    enterprises: new EnterpriseStore(copyOf(seed.enterprises, seedEnterprises)),
    certificates: new CertificateStore(copyOf(seed.certificates, seedCertificates)),
    producers: new ProducerStore(copyOf(seed.producers, seedProducers)),
    ccpit: new CcpitStore(options.ccpitProgress),
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
    send(response, handleAdminRequest(request.method ?? 'GET', url.pathname, body.toString('utf8'), target));
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
