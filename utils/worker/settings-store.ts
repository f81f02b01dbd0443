/**
 * Stores connection settings in `storage.local`, which stays on this device: credentials are
 * never written to `storage.sync`.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../settings';
import { logWarn } from '../log';

const SETTINGS_KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const value: unknown = stored[SETTINGS_KEY];
  if (value === undefined) return DEFAULT_SETTINGS;
  const parsed = settingsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  logWarn('stored settings invalid, using defaults', { issue: parsed.error.issues[0]?.path.join('.') });
  return DEFAULT_SETTINGS;
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}
