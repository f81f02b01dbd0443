/**
 * The sandbox's own control API under `/__sandbox/`, for tests in other processes, such as the
 * end-to-end tests driving a browser:
 *
 * - `GET /__sandbox/faults` lists active faults, and `DELETE` removes them all.
 * - `POST /__sandbox/faults` adds one (body: a fault, see `faults.ts`). It responds with 201
 *   and the fault, or with 400 and the validation message.
 * - `GET /__sandbox/requests` lists logged requests, and `DELETE` clears the log.
 * - `POST /__sandbox/reset` restores the seed data and clears faults and the request log.
 *
 * It needs no credentials and is never faulted.
 */
import { z } from 'zod';
import type { FaultRegistry } from './faults';
import { type Outgoing, jsonOutgoing } from './http-io';
import type { RequestLog } from './request-log';

export const ADMIN_PREFIX = '/__sandbox/';

export interface AdminTarget {
  faults: FaultRegistry;
  log: RequestLog;
  reset(): void;
}

export function handleAdminRequest(
  method: string,
  pathname: string,
  body: string,
  target: AdminTarget,
): Outgoing {
  const resource = pathname.slice(ADMIN_PREFIX.length);
  const action = `${method} ${resource}`;
  switch (action) {
    case 'GET faults':
      return jsonOutgoing(200, target.faults.list());
    case 'POST faults':
      return addFault(body, target.faults);
    case 'DELETE faults':
      target.faults.clear();
      return noContent();
    case 'GET requests':
      return jsonOutgoing(200, target.log.list());
    case 'DELETE requests':
      target.log.clear();
      return noContent();
    case 'POST reset':
      target.reset();
      return noContent();
  }
  const known = ['faults', 'requests', 'reset'].includes(resource);
  return jsonOutgoing(known ? 405 : 404, {
    error: known ? 'Method Not Allowed' : 'Not Found',
    message: `${method} ${pathname} is not part of the sandbox admin API`,
  });
}

function addFault(body: string, faults: FaultRegistry): Outgoing {
  let spec: unknown;
  try {
    spec = body === '' ? {} : JSON.parse(body);
  } catch {
    return badRequest('The request body is not valid JSON.');
  }
  try {
    return jsonOutgoing(201, faults.add(spec));
  } catch (error) {
    if (error instanceof z.ZodError) return badRequest(`Invalid fault: ${z.prettifyError(error)}`);
    throw error;
  }
}

function badRequest(message: string): Outgoing {
  return jsonOutgoing(400, { error: 'Bad Request', message });
}

function noContent(): Outgoing {
  return { status: 204, headers: {}, body: Buffer.alloc(0) };
}
