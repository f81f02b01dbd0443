/**
 * Worker log lines with a fixed prefix and structured context.
 *
 * Callers pass route names, statuses and record ids; they never pass credentials, tokens or ID
 * numbers, and `redactUrl` strips the query string (where a token may sit) from URLs.
 */

export type LogContext = Record<string, string | number | boolean | undefined>;

const PREFIX = '[fta-assistant]';

export function logInfo(event: string, context: LogContext = {}): void {
  console.info(PREFIX, event, context);
}

export function logWarn(event: string, context: LogContext = {}): void {
  console.warn(PREFIX, event, context);
}

export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : `${url.slice(0, queryStart)}?…`;
}
