/**
 * Log of the requests the sandbox received outside its admin API, for tests to check what the
 * extension sent. Header values are never stored, and the `token` query parameter is masked,
 * because either may carry a credential.
 */
import type { ApiRouteName } from '../../utils/api/paths';

/** Entries kept; older ones are dropped first, so a long load test cannot exhaust memory. */
export const MAX_LOGGED_REQUESTS = 1000;
export const MASKED_VALUE = '***';

export interface LoggedRequest {
  /** ISO 8601 time of arrival. */
  time: string;
  method: string;
  /** Request path as received, without query. */
  path: string;
  /** Route of the path table, absent for other paths. */
  route?: ApiRouteName;
  query: Record<string, string[]>;
  /** Header names in lower case. */
  headerNames: string[];
  /** Parsed JSON body, or the raw text when it is not JSON; absent when the body is empty. */
  body?: unknown;
}

export interface RequestFacts {
  method: string;
  path: string;
  route: ApiRouteName | undefined;
  query: URLSearchParams;
  headerNames: string[];
  body: string;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];

  record(facts: RequestFacts): void {
    const entry: LoggedRequest = {
      time: new Date().toISOString(),
      method: facts.method,
      path: facts.path,
      query: maskedQuery(facts.query),
      headerNames: facts.headerNames.map((name) => name.toLowerCase()),
    };
    if (facts.route !== undefined) entry.route = facts.route;
    if (facts.body !== '') entry.body = parseBody(facts.body);
    this.entries.push(entry);
    if (this.entries.length > MAX_LOGGED_REQUESTS) this.entries.shift();
  }

  list(): LoggedRequest[] {
    return structuredClone(this.entries);
  }

  clear(): void {
    this.entries = [];
  }
}

function maskedQuery(query: URLSearchParams): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of query) {
    (result[name] ??= []).push(name === 'token' ? MASKED_VALUE : value);
  }
  return result;
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
