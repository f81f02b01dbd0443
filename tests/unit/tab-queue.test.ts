import { describe, expect, it } from 'vitest';
import { runInTabQueue } from '../../utils/worker/tab-queue';

/** Returns a promise and the function that resolves it, so a test decides when a task ends. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('runInTabQueue', () => {
  it('starts a tab task after the earlier one ends', async () => {
    const events: string[] = [];
    const first = deferred();
    const firstResult = runInTabQueue(1, async () => {
      events.push('first start');
      await first.promise;
      events.push('first end');
      return 'one';
    });
    const secondResult = runInTabQueue(1, async () => {
      events.push('second start');
      return 'two';
    });
    await Promise.resolve();
    expect(events).toEqual(['first start']);

    first.resolve();
    expect(await firstResult).toBe('one');
    expect(await secondResult).toBe('two');
    expect(events).toEqual(['first start', 'first end', 'second start']);
  });

  it('runs the next task after one that failed', async () => {
    const failed = runInTabQueue(2, async () => {
      throw new Error('injection failed');
    });
    const next = runInTabQueue(2, async () => 'ran');

    await expect(failed).rejects.toThrow('injection failed');
    expect(await next).toBe('ran');
  });

  it('runs tasks of different tabs at once', async () => {
    const blocker = deferred();
    const slow = runInTabQueue(3, () => blocker.promise.then(() => 'slow'));
    const other = await runInTabQueue(4, async () => 'other');

    expect(other).toBe('other');
    blocker.resolve();
    expect(await slow).toBe('slow');
  });
});
