import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openAssistantDb } from '@/utils/cache/db';

describe('database upgrade to version 2', () => {
  it('adds the rules store and keeps version 1 data', async () => {
    const old = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('dictionaries', { keyPath: 'name' });
        db.createObjectStore('enterprises', { keyPath: 'id' });
        db.createObjectStore('signers', { keyPath: 'enterpriseId' });
        db.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    await old.put('meta', { key: 'lastSelection', value: { enterpriseId: 1 } });
    await old.put('enterprises', { id: 1, fetchedAt: 5, enterprise: { id: 1 } });
    old.close();

    const db = await openAssistantDb();
    expect(DB_VERSION).toBe(2);
    expect(Array.from(db.objectStoreNames).sort()).toEqual(['dictionaries', 'enterprises', 'meta', 'rules', 'signers']);
    expect(await db.get('meta', 'lastSelection')).toEqual({ key: 'lastSelection', value: { enterpriseId: 1 } });
    expect(await db.get('enterprises', 1)).toEqual({ id: 1, fetchedAt: 5, enterprise: { id: 1 } });
    expect(await db.count('rules')).toBe(0);
  });
});
