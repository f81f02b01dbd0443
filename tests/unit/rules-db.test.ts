import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openAssistantDb } from '@/utils/cache/db';

describe('database upgrades', () => {
  it('adds the later stores and keeps version 1 data', async () => {
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
    expect(DB_VERSION).toBe(3);
    expect(Array.from(db.objectStoreNames).sort()).toEqual(['dictionaries', 'enterprises', 'meta', 'producers', 'rules', 'signers']);
    expect(await db.get('meta', 'lastSelection')).toEqual({ key: 'lastSelection', value: { enterpriseId: 1 } });
    expect(await db.get('enterprises', 1)).toEqual({ id: 1, fetchedAt: 5, enterprise: { id: 1 } });
    expect(await db.count('rules')).toBe(0);
    expect(await db.count('producers')).toBe(0);
  });

  it('adds the producers store and keeps version 2 rules', async () => {
    const old = await openDB(DB_NAME, 2, {
      upgrade(db) {
        for (const [name, keyPath] of [
          ['dictionaries', 'name'],
          ['enterprises', 'id'],
          ['signers', 'enterpriseId'],
          ['meta', 'key'],
          ['rules', 'origin'],
        ] as const) {
          db.createObjectStore(name, { keyPath });
        }
      },
    });
    const rules = { origin: 'https://portal.example', updatedAt: 7, rules: [{ selector: '#fld07', source: 'enterpriseCnName' }] };
    await old.put('rules', rules);
    await old.put('signers', { enterpriseId: 1, fetchedAt: 5, signers: [{ id: 11 }] });
    old.close();

    const db = await openAssistantDb();
    expect(await db.get('rules', 'https://portal.example')).toEqual(rules);
    expect(await db.get('signers', 1)).toEqual({ enterpriseId: 1, fetchedAt: 5, signers: [{ id: 11 }] });
    await db.put('producers', { enterpriseId: 1, fetchedAt: 9, producers: [] });
    expect(await db.count('producers')).toBe(1);
  });
});
