/**
 * Runs work that can wait until the page is idle, so that what the user is doing right now (a
 * look-up typed as the popup opens) reaches the worker and the screen first.
 */

/** Maximum wait in milliseconds, for a page that never falls idle. */
const IDLE_TIMEOUT_MS = 150;

/** Calls `work` once the page is idle, or after `IDLE_TIMEOUT_MS`. Returns a function that cancels it. */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}
