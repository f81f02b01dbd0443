/**
 * The certificate status watcher. An alarm polls the status of every pinned certificate. Each
 * change raises a notification and counts on the toolbar badge until the popup marks the changes
 * seen. All state is in IndexedDB (`watcher-store.ts`) and in the alarm, so the watcher goes on
 * after the worker is stopped or the browser restarts.
 */
import browser from 'webextension-polyfill';
import { ccpitStatus, getCustomsCertificate } from '../data/certificates';
import { type DataDeps, currentTime } from '../data/deps';
import { t } from '../i18n';
import { logInfo, logWarn } from '../log';
import type { EnvelopeErrorKind } from '../api/errors';
import {
  type StoredPin,
  readPins,
  readWatcherSettings,
  readWatcherState,
  updatePins,
  writeWatcherState,
} from './watcher-store';

export const WATCHER_ALARM = 'certificate-watcher';
/** Most notifications about single certificates in one poll; further changes share one summary. */
export const MAX_NOTIFICATIONS_PER_POLL = 5;
/** The delay after failed polls grows to at most this many poll intervals. */
export const MAX_BACKOFF_FACTOR = 4;

const NOTIFICATION_PREFIX = 'certificate-watcher:';
const SUMMARY_NOTIFICATION_ID = `${NOTIFICATION_PREFIX}summary`;
const MINUTE_MS = 60_000;

/** Failures of the connection or the server rather than of one certificate, which the watcher backs off from. */
const TRANSIENT_KINDS: ReadonlySet<EnvelopeErrorKind> = new Set(['offline', 'timeout', 'server', 'rate-limited']);

type StatusResult = { ok: true; status: string } | { ok: false; kind: EnvelopeErrorKind };

export interface PollOutcome {
  checked: number;
  changed: number;
  /** Notifications created, the summary included. */
  notified: number;
  /** Failed polls in a row, this one included. A poll without transient failures resets it to 0. */
  failures: number;
  /** Minutes until the next poll. */
  nextDelayMinutes: number;
}

interface StatusChange {
  pin: StoredPin;
  previous: string;
}

/** Minutes until the next poll: the interval, doubled per failed poll, capped at `MAX_BACKOFF_FACTOR` intervals. */
export function backoffDelayMinutes(intervalMinutes: number, failures: number): number {
  const factor = Math.min(2 ** Math.min(failures, 10), MAX_BACKOFF_FACTOR);
  return intervalMinutes * factor;
}

function pinId(pin: StoredPin): string {
  return `${pin.kind}:${pin.key}`;
}

async function readStatus(pin: StoredPin, deps: DataDeps): Promise<StatusResult> {
  if (pin.kind === 'ccpit') {
    const result = await ccpitStatus(pin.key, deps);
    return result.ok ? { ok: true, status: `${result.value.status} · ${result.value.printStatus}` } : { ok: false, kind: result.error.kind };
  }
  const id = Number(pin.key);
  if (!Number.isSafeInteger(id)) return { ok: false, kind: 'not-found' };
  const result = await getCustomsCertificate(id, deps);
  return result.ok ? { ok: true, status: result.value.status } : { ok: false, kind: result.error.kind };
}

/** Re-creates the alarm so that it first fires after `delayMinutes` and then every `delayMinutes`. */
export async function scheduleWatcher(delayMinutes: number): Promise<void> {
  await browser.alarms.create(WATCHER_ALARM, { delayInMinutes: delayMinutes, periodInMinutes: delayMinutes });
}

/** Shows the number of certificates with unseen changes on the toolbar button, or nothing. */
export async function refreshBadge(pins?: StoredPin[]): Promise<void> {
  const unseen = (pins ?? (await readPins())).filter((pin) => pin.unseen).length;
  await browser.action.setBadgeText({ text: unseen === 0 ? '' : String(unseen) });
}

/** Clears every unseen mark and the badge. */
export async function markChangesSeen(): Promise<StoredPin[]> {
  const pins = await updatePins((current) => current.map((pin) => ({ ...pin, unseen: false })));
  await refreshBadge(pins);
  return pins;
}

async function notify(id: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: t('cert_notifyTitle'),
    message,
  });
}

/**
 * Picks the changes that get a notification of their own: at most `MAX_NOTIFICATIONS_PER_POLL`,
 * and none for a certificate notified less than one interval ago. Marks the picked pins notified.
 */
function pickNotified(changes: StatusChange[], now: number, intervalMs: number): { single: StatusChange[]; extra: number } {
  const single: StatusChange[] = [];
  let extra = 0;
  for (const change of changes) {
    const recent = change.pin.notifiedAt !== undefined && now - change.pin.notifiedAt < intervalMs;
    if (single.length < MAX_NOTIFICATIONS_PER_POLL && !recent) {
      change.pin.notifiedAt = now;
      single.push(change);
    } else {
      extra++;
    }
  }
  return { single, extra };
}

/** Applies the statuses read to the stored pins, and returns the changes. A first status is a baseline. */
function applyStatuses(pins: StoredPin[], statuses: Map<string, StatusResult>, now: number): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const pin of pins) {
    const read = statuses.get(pinId(pin));
    if (!read?.ok || read.status === pin.lastStatus) continue;
    if (pin.lastStatus !== undefined) {
      changes.push({ pin, previous: pin.lastStatus });
      pin.unseen = true;
      pin.changedAt = now;
    }
    pin.lastStatus = read.status;
  }
  return changes;
}

async function pollOnce(deps: DataDeps): Promise<PollOutcome> {
  const { intervalMinutes } = await readWatcherSettings();
  const pins = await readPins();
  const statuses = new Map<string, StatusResult>();
  // One request at a time, so a long list of pins does not burst against the API.
  for (const pin of pins) statuses.set(pinId(pin), await readStatus(pin, deps));

  const now = currentTime(deps);
  let picked: { single: StatusChange[]; extra: number } = { single: [], extra: 0 };
  let changed = 0;
  const stored = await updatePins((current) => {
    const changes = applyStatuses(current, statuses, now);
    changed = changes.length;
    picked = pickNotified(changes, now, intervalMinutes * MINUTE_MS);
    return current;
  });

  for (const change of picked.single) {
    const message = t('cert_notifyChange', change.pin.label, change.previous, change.pin.lastStatus ?? '');
    await notify(`${NOTIFICATION_PREFIX}${pinId(change.pin)}`, message);
  }
  if (picked.extra > 0) await notify(SUMMARY_NOTIFICATION_ID, t('cert_notifySummary', picked.extra));
  if (changed > 0) await refreshBadge(stored);

  let transient = false;
  for (const [id, result] of statuses) {
    if (result.ok) continue;
    logWarn('watcher: status query failed', { pin: id, error: result.kind });
    if (TRANSIENT_KINDS.has(result.kind)) transient = true;
  }
  const failures = transient ? (await readWatcherState()).failures + 1 : 0;
  await writeWatcherState({ failures });
  const nextDelayMinutes = backoffDelayMinutes(intervalMinutes, failures);
  await scheduleWatcher(nextDelayMinutes);
  logInfo('watcher: poll done', { checked: pins.length, changed, failures, nextDelayMinutes });
  return { checked: pins.length, changed, notified: picked.single.length + (picked.extra > 0 ? 1 : 0), failures, nextDelayMinutes };
}

let running: Promise<PollOutcome> | undefined;

/** Polls every pinned certificate once; a call during a running poll shares that poll. */
export function pollPinnedCertificates(deps: DataDeps): Promise<PollOutcome> {
  running ??= pollOnce(deps).finally(() => {
    running = undefined;
  });
  return running;
}

/** Creates the alarm when it is missing, as after installation. An existing one keeps its schedule. */
export async function ensureWatcherAlarm(): Promise<void> {
  if (await browser.alarms.get(WATCHER_ALARM)) return;
  const [{ intervalMinutes }, { failures }] = await Promise.all([readWatcherSettings(), readWatcherState()]);
  await scheduleWatcher(backoffDelayMinutes(intervalMinutes, failures));
}

/**
 * Adds the alarm listener and makes sure the alarm exists. Call it synchronously in the worker's
 * main, so that the alarm that wakes the worker reaches the listener.
 */
export function startWatcher(deps: DataDeps): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== WATCHER_ALARM) return;
    pollPinnedCertificates(deps).catch((error: unknown) => logWarn('watcher: poll failed', { error: String(error) }));
  });
  ensureWatcherAlarm().catch((error: unknown) => logWarn('watcher: alarm not created', { error: String(error) }));
}
