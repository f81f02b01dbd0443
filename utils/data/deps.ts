import type { Settings } from '../settings';

/** What the data layer needs from its surroundings; tests pass their own. */
export interface DataDeps {
  getSettings(): Promise<Settings>;
  fetch?: typeof fetch;
  now?: () => number;
  /** Extra attempts for GETs after transient failures; see `callApi`. */
  retries?: number;
  retryDelayMs?: number;
}

export function currentTime(deps: DataDeps): number {
  return deps.now ? deps.now() : Date.now();
}
