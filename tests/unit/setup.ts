import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeAssistantDb } from '@/utils/cache/db';

beforeEach(async () => {
  fakeBrowser.reset();
  // Each test starts with an empty IndexedDB.
  await closeAssistantDb();
  globalThis.indexedDB = new IDBFactory();
  // Successful API calls log at info level; keep test output to warnings and failures.
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});
