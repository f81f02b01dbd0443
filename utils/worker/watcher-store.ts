/**
 * The status watcher's state in the `meta` store of IndexedDB: the pinned certificates with
 * their last-seen status (`pins`), the poll interval (`watcherSettings`) and the count of
 * failed polls in a row (`watcherState`). Every record is re-validated with zod when read,
 * and an invalid one reads as the default.
 */
import { z } from 'zod';
import { openAssistantDb } from '../cache/db';
import {
  DEFAULT_WATCH_INTERVAL_MINUTES,
  type PinKind,
  type PinView,
  pinKindSchema,
  watchIntervalSchema,
} from '../messages/certificate-protocol';

const storedPinSchema = z.object({
  kind: pinKindSchema,
  key: z.string().min(1),
  label: z.string(),
  pinnedAt: z.number(),
  lastStatus: z.string().optional(),
  changedAt: z.number().optional(),
  /** Milliseconds since the epoch of the last notification about this certificate. */
  notifiedAt: z.number().optional(),
  unseen: z.boolean(),
});
export type StoredPin = z.infer<typeof storedPinSchema>;

const watcherSettingsSchema = z.object({ intervalMinutes: watchIntervalSchema });
export type WatcherSettings = z.infer<typeof watcherSettingsSchema>;

const watcherStateSchema = z.object({ failures: z.number().int().nonnegative() });
export type WatcherState = z.infer<typeof watcherStateSchema>;

const PINS_KEY = 'pins';
const SETTINGS_KEY = 'watcherSettings';
const STATE_KEY = 'watcherState';

/** Most certificates one user may pin, which bounds the requests of one poll. */
export const MAX_PINS = 50;

async function readMeta<Schema extends z.ZodType>(key: string, schema: Schema, fallback: z.output<Schema>) {
  const db = await openAssistantDb();
  const record = await db.get('meta', key);
  const parsed = schema.safeParse(record?.value);
  return parsed.success ? parsed.data : fallback;
}

async function writeMeta(key: string, value: unknown): Promise<void> {
  const db = await openAssistantDb();
  await db.put('meta', { key, value });
}

export function samePin(pin: { kind: PinKind; key: string }, kind: PinKind, key: string): boolean {
  return pin.kind === kind && pin.key === key;
}

export function readPins(): Promise<StoredPin[]> {
  return readMeta(PINS_KEY, z.array(storedPinSchema), []);
}

export function writePins(pins: StoredPin[]): Promise<void> {
  return writeMeta(PINS_KEY, pins);
}

/**
 * Reads the pins, applies `change` and writes the result in one transaction, so that a poll
 * and a pin from the popup at the same time do not overwrite each other.
 */
export async function updatePins(change: (pins: StoredPin[]) => StoredPin[]): Promise<StoredPin[]> {
  const db = await openAssistantDb();
  const transaction = db.transaction('meta', 'readwrite');
  const record = await transaction.store.get(PINS_KEY);
  const parsed = z.array(storedPinSchema).safeParse(record?.value);
  const next = change(parsed.success ? parsed.data : []);
  await transaction.store.put({ key: PINS_KEY, value: next });
  await transaction.done;
  return next;
}

export function toPinView(pin: StoredPin): PinView {
  return {
    kind: pin.kind,
    key: pin.key,
    label: pin.label,
    unseen: pin.unseen,
    ...(pin.lastStatus === undefined ? {} : { lastStatus: pin.lastStatus }),
    ...(pin.changedAt === undefined ? {} : { changedAt: pin.changedAt }),
  };
}

export function readWatcherSettings(): Promise<WatcherSettings> {
  return readMeta(SETTINGS_KEY, watcherSettingsSchema, { intervalMinutes: DEFAULT_WATCH_INTERVAL_MINUTES });
}

export function writeWatcherSettings(settings: WatcherSettings): Promise<void> {
  return writeMeta(SETTINGS_KEY, settings);
}

export function readWatcherState(): Promise<WatcherState> {
  return readMeta(STATE_KEY, watcherStateSchema, { failures: 0 });
}

export function writeWatcherState(state: WatcherState): Promise<void> {
  return writeMeta(STATE_KEY, state);
}
