import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCcpitCertificate } from '@/utils/data/certificates';
import type { DataDeps } from '@/utils/data/deps';
import type { PinKind } from '@/utils/messages/certificate-protocol';
import { certificateHandlers } from '@/utils/worker/certificate-handlers';
import {
  MAX_NOTIFICATIONS_PER_POLL,
  WATCHER_ALARM,
  backoffDelayMinutes,
  ensureWatcherAlarm,
  pollPinnedCertificates,
  startWatcher,
} from '@/utils/worker/watcher';
import { readPins, readWatcherState } from '@/utils/worker/watcher-store';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { type Sandbox, startSandbox } from '../sandbox/server';

const MINUTE_MS = 60_000;

let sandbox: Sandbox;
let now = 1_767_225_600_000;
let deps: DataDeps;

beforeAll(async () => {
  sandbox = await startSandbox({ ccpitProgress: { queriesPerStep: 1, stepMs: 0 } });
  const settings = { ...DEFAULT_SETTINGS, baseUrl: sandbox.url, timeoutMs: 2000 };
  deps = { getSettings: async () => settings, now: () => now, retries: 0 };
});

afterAll(async () => {
  await sandbox.close();
});

type NotificationCall = [id: string, options: { type?: string; title?: string; message?: string }];
let notificationsCreated: { mock: { calls: unknown[] } };

/** Returns the `notifications.create(id, options)` calls, which always pass an id. */
function notificationCalls(): NotificationCall[] {
  return notificationsCreated.mock.calls as NotificationCall[];
}

beforeEach(() => {
  sandbox.reset();
  now += 24 * 60 * MINUTE_MS;
  // The fake browser has no i18n; messages come back as the key and its substitutions.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, substitutions?: string | string[]) => [key, ...[substitutions ?? []].flat()].join('|'),
  );
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  notificationsCreated = vi.spyOn(fakeBrowser.notifications, 'create');
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function pin(kind: PinKind, key: string, label = key): Promise<void> {
  const reply = await certificateHandlers.pinCertificate({ type: 'pinCertificate', kind, key, label }, deps);
  expect(reply.ok).toBe(true);
}

async function alarmPeriod(): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get(WATCHER_ALARM))?.periodInMinutes;
}

describe('pollPinnedCertificates', () => {
  it('records the first status without notifying', async () => {
    await pin('ccpit', '2026010001');
    const outcome = await pollPinnedCertificates(deps);
    expect(outcome.checked).toBe(1);
    expect(outcome.changed).toBe(0);
    expect(notificationsCreated).not.toHaveBeenCalled();
    const [stored] = await readPins();
    expect(stored?.lastStatus).toBe('已提交 · 未打印');
  });

  it('notifies once for a status change', async () => {
    await pin('ccpit', '2026010001', '贸促会单证 2026010001');
    await pollPinnedCertificates(deps);
    now += 15 * MINUTE_MS;
    const outcome = await pollPinnedCertificates(deps);
    expect(outcome.changed).toBe(1);
    expect(notificationsCreated).toHaveBeenCalledTimes(1);
    const [id, options] = notificationCalls()[0] ?? [];
    expect(id).toBe('certificate-watcher:ccpit:2026010001');
    expect(options).toMatchObject({ type: 'basic', title: 'cert_notifyTitle' });
    expect(options?.message).toBe('cert_notifyChange|贸促会单证 2026010001|已提交 · 未打印|审核中 · 未打印');
  });

  it('counts unseen changes on the badge', async () => {
    const created = await createCcpitCertificate({ docType: 'C', sendAudit: true }, deps);
    if (!created.ok) throw new Error(`create failed: ${created.error.kind}`);
    await pin('ccpit', '2026010001');
    await pin('ccpit', created.value.docId);
    await pollPinnedCertificates(deps);
    now += 15 * MINUTE_MS;
    await pollPinnedCertificates(deps);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');

    const reply = await certificateHandlers.markChangesSeen({ type: 'markChangesSeen' }, deps);
    expect(reply.ok && reply.data.pins.every((item) => !item.unseen)).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('sends no notification when nothing changed', async () => {
    await pin('customs', '2', 'E263100A00010002');
    await pollPinnedCertificates(deps);
    now += 15 * MINUTE_MS;
    const outcome = await pollPinnedCertificates(deps);
    expect(outcome.changed).toBe(0);
    expect(notificationsCreated).not.toHaveBeenCalled();
    expect((await readPins())[0]?.lastStatus).toBe('审核通过');
  });

  it('summarises changes past the per-poll limit', async () => {
    const count = MAX_NOTIFICATIONS_PER_POLL + 3;
    for (let index = 0; index < count; index++) {
      const created = await createCcpitCertificate({ docType: 'C', sendAudit: true }, deps);
      if (!created.ok) throw new Error(`create failed: ${created.error.kind}`);
      await pin('ccpit', created.value.docId);
    }
    await pollPinnedCertificates(deps);
    now += 15 * MINUTE_MS;
    const outcome = await pollPinnedCertificates(deps);
    expect(outcome.changed).toBe(count);
    expect(outcome.notified).toBe(MAX_NOTIFICATIONS_PER_POLL + 1);
    expect(notificationsCreated).toHaveBeenCalledTimes(MAX_NOTIFICATIONS_PER_POLL + 1);
    const summary = notificationCalls().at(-1);
    expect(summary?.[0]).toBe('certificate-watcher:summary');
    expect(summary?.[1]?.message).toBe('cert_notifySummary|3');
    expect(await fakeBrowser.action.getBadgeText({})).toBe(String(count));
  });

  it('notifies a certificate at most once per interval', async () => {
    await pin('ccpit', '2026010001');
    await pollPinnedCertificates(deps);
    now += 15 * MINUTE_MS;
    await pollPinnedCertificates(deps);
    now += MINUTE_MS;
    const outcome = await pollPinnedCertificates(deps);
    expect(outcome.changed).toBe(1);
    const perCertificate = notificationCalls().filter(([id]) => id === 'certificate-watcher:ccpit:2026010001');
    expect(perCertificate).toHaveLength(1);
  });

  it('backs off on 503 up to four intervals', async () => {
    await pin('ccpit', '2026010001');
    sandbox.faults.add({ route: 'ccpitStatus', status: 503 });
    const delays: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      delays.push((await pollPinnedCertificates(deps)).nextDelayMinutes);
      expect(await alarmPeriod()).toBe(delays.at(-1));
    }
    expect(delays).toEqual([30, 60, 60]);
    expect((await readWatcherState()).failures).toBe(3);
    expect(notificationsCreated).not.toHaveBeenCalled();

    sandbox.faults.clear();
    const recovered = await pollPinnedCertificates(deps);
    expect(recovered.failures).toBe(0);
    expect(await alarmPeriod()).toBe(15);
  });

  it('does not back off on a missing certificate', async () => {
    await pin('ccpit', '9999999999');
    const outcome = await pollPinnedCertificates(deps);
    expect(outcome.failures).toBe(0);
    expect(outcome.nextDelayMinutes).toBe(15);
  });
});

describe('watcher alarm', () => {
  it('computes capped backoff delays', () => {
    expect(backoffDelayMinutes(15, 0)).toBe(15);
    expect(backoffDelayMinutes(15, 1)).toBe(30);
    expect(backoffDelayMinutes(15, 2)).toBe(60);
    expect(backoffDelayMinutes(15, 50)).toBe(60);
  });

  it('recreates a lost alarm with the stored backoff', async () => {
    await pin('ccpit', '2026010001');
    sandbox.faults.add({ route: 'ccpitStatus', status: 503 });
    await pollPinnedCertificates(deps);
    await fakeBrowser.alarms.clearAll();
    await ensureWatcherAlarm();
    expect(await alarmPeriod()).toBe(30);
  });

  it('keeps an existing alarm', async () => {
    await fakeBrowser.alarms.create(WATCHER_ALARM, { delayInMinutes: 7, periodInMinutes: 7 });
    await ensureWatcherAlarm();
    expect(await alarmPeriod()).toBe(7);
  });

  it('polls when the alarm fires', async () => {
    await pin('ccpit', '2026010001');
    startWatcher(deps);
    await vi.waitFor(async () => expect(await alarmPeriod()).toBe(15));
    sandbox.clearRequests();
    await fakeBrowser.alarms.onAlarm.trigger({ name: WATCHER_ALARM, scheduledTime: now });
    await vi.waitFor(async () => expect((await readPins())[0]?.lastStatus).toBe('已提交 · 未打印'));
    expect(sandbox.requests().length).toBe(1);
  });

  it('applies a saved interval', async () => {
    const reply = await certificateHandlers.saveWatcherSettings({ type: 'saveWatcherSettings', intervalMinutes: 30 }, deps);
    expect(reply).toEqual({ ok: true, data: { intervalMinutes: 30 } });
    expect(await alarmPeriod()).toBe(30);
    const read = await certificateHandlers.getWatcherSettings({ type: 'getWatcherSettings' }, deps);
    expect(read).toEqual({ ok: true, data: { intervalMinutes: 30 } });
  });
});
