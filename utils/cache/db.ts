/**
 * The extension's IndexedDB database: one schema, versioned with `DB_VERSION`.
 *
 * Records are re-validated with zod when they are read (see `dictionaries.ts` and
 * `enterprises.ts`), because storage is written by older versions of the extension too.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export const DB_NAME = 'fta-assistant';
export const DB_VERSION = 3;

export interface DictionaryRecord {
  name: string;
  /** Milliseconds since the epoch of the successful fetch. */
  fetchedAt: number;
  records: unknown[];
}

export interface EnterpriseRecord {
  id: number;
  fetchedAt: number;
  enterprise: unknown;
}

export interface SignerListRecord {
  enterpriseId: number;
  fetchedAt: number;
  signers: unknown[];
}

/** The first page of one enterprise's producers, kept so a producer can be filled offline. */
export interface ProducerListRecord {
  enterpriseId: number;
  fetchedAt: number;
  producers: unknown[];
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** The rules taught for one site, keyed by its origin. */
export interface RulesRecord {
  origin: string;
  /** Milliseconds since the epoch of the last change. */
  updatedAt: number;
  rules: unknown[];
}

export interface AssistantDb extends DBSchema {
  dictionaries: { key: string; value: DictionaryRecord };
  enterprises: { key: number; value: EnterpriseRecord };
  signers: { key: number; value: SignerListRecord };
  meta: { key: string; value: MetaRecord };
  rules: { key: string; value: RulesRecord };
  producers: { key: number; value: ProducerListRecord };
}

let opening: Promise<IDBPDatabase<AssistantDb>> | undefined;

export function openAssistantDb(): Promise<IDBPDatabase<AssistantDb>> {
  opening ??= openDB<AssistantDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('dictionaries', { keyPath: 'name' });
        db.createObjectStore('enterprises', { keyPath: 'id' });
        db.createObjectStore('signers', { keyPath: 'enterpriseId' });
        db.createObjectStore('meta', { keyPath: 'key' });
      }
      // Version 2 adds the taught rules and leaves the version 1 stores and their data as they are.
      if (oldVersion < 2) {
        db.createObjectStore('rules', { keyPath: 'origin' });
      }
      // Version 3 adds the cached producers.
      if (oldVersion < 3) {
        db.createObjectStore('producers', { keyPath: 'enterpriseId' });
      }
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** Closes the shared connection; tests use it before deleting the database. */
export async function closeAssistantDb(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) (await current).close();
}
