/**
 * Runs the page work of one tab (fills and undos) one at a time, in the order requested. Two
 * fills at once would interleave their injections, and an undo sent right after a fill would run
 * before the fill wrote anything.
 */

const queues = new Map<number, Promise<unknown>>();

/** Runs `task` once every earlier task of the same tab has settled, and returns its result. */
export function runInTabQueue<Result>(tabId: number, task: () => Promise<Result>): Promise<Result> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  queues.set(tabId, settled);
  // The map keeps only the newest task of a tab, and deletes the entry once that task settles.
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return next;
}
