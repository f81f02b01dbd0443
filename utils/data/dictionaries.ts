/**
 * Dictionaries (countries, agreement countries, customs-122 rules, standard codes), cached in
 * IndexedDB and served stale-while-revalidate: a cached copy is answered at once, and one older
 * than `DICTIONARY_MAX_AGE_MS` is refetched in the background.
 */
import { z } from 'zod';
import { callApi } from '../api/client';
import type { ApiError, Result } from '../api/errors';
import { type StandardCodeTable, STANDARD_CODE_TABLES } from '../api/paths';
import {
  agreementCountryListSchema,
  agreementCountrySchema,
  countryListSchema,
  countrySchema,
  customs122ListSchema,
  customs122RuleSchema,
  standardCodePageSchema,
  standardCodeSchema,
} from '../api/schemas';
import { type DictionaryRecord, openAssistantDb } from '../cache/db';
import { logWarn } from '../log';
import { type DataDeps, currentTime } from './deps';

export const DICTIONARY_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Upper bound on pages read from one standard-code table, against a server that never ends. */
const MAX_STANDARD_CODE_PAGES = 20;
const STANDARD_CODE_PAGE_SIZE = 2000;

export type DictionaryName =
  | 'countries'
  | 'agreementCountries'
  | 'customs122'
  | `standard:${StandardCodeTable}`;

export const DICTIONARY_NAMES: readonly DictionaryName[] = [
  'countries',
  'agreementCountries',
  'customs122',
  ...STANDARD_CODE_TABLES.map((table) => `standard:${table}` as const),
];

const recordSchemas = {
  countries: countrySchema,
  agreementCountries: agreementCountrySchema,
  customs122: customs122RuleSchema,
  standard: standardCodeSchema,
} as const;

function recordSchemaFor(name: DictionaryName): z.ZodType {
  return name.startsWith('standard:') ? recordSchemas.standard : recordSchemas[name as keyof typeof recordSchemas];
}

export interface DictionarySnapshot<T> {
  records: T[];
  fetchedAt: number;
  /** Stored records that failed their schema and were left out. */
  dropped: number;
}

export type DictionaryRecords = {
  countries: z.output<typeof countrySchema>;
  agreementCountries: z.output<typeof agreementCountrySchema>;
  customs122: z.output<typeof customs122RuleSchema>;
} & { [K in `standard:${StandardCodeTable}`]: z.output<typeof standardCodeSchema> };

async function fetchStandardCodes(
  table: StandardCodeTable,
  deps: DataDeps,
): Promise<Result<z.output<typeof standardCodeSchema>[]>> {
  const settings = await deps.getSettings();
  const records: z.output<typeof standardCodeSchema>[] = [];
  for (let page = 0; page < MAX_STANDARD_CODE_PAGES; page++) {
    const result = await callApi(
      settings,
      {
        route: 'standardCodes',
        pathParams: { management: table },
        query: { page, size: STANDARD_CODE_PAGE_SIZE },
        schema: standardCodePageSchema,
      },
      deps,
    );
    if (!result.ok) return result;
    // A loop, not push(...), because a page may hold more items than the call stack takes arguments.
    for (const record of result.value.content) records.push(record);
    const { totalPages, last } = result.value;
    const isLast = last ?? (totalPages === undefined || page + 1 >= totalPages);
    if (isLast || result.value.content.length === 0) break;
  }
  return { ok: true, value: records };
}

function routeOf(name: DictionaryName): string {
  if (name.startsWith('standard:')) return 'standardCodes';
  if (name === 'countries') return 'transportCountries';
  return name;
}

async function fetchDictionary(name: DictionaryName, deps: DataDeps): Promise<Result<unknown[]>> {
  if (name.startsWith('standard:')) {
    return fetchStandardCodes(name.slice('standard:'.length) as StandardCodeTable, deps);
  }
  const settings = await deps.getSettings();
  switch (name) {
    case 'countries':
      return callApi(settings, { route: 'transportCountries', schema: countryListSchema }, deps);
    case 'agreementCountries':
      return callApi(settings, { route: 'agreementCountries', schema: agreementCountryListSchema }, deps);
    default:
      return callApi(settings, { route: 'customs122', schema: customs122ListSchema }, deps);
  }
}

/** Reads a dictionary from IndexedDB; a record that no longer passes its schema is dropped. */
export async function readCachedDictionary<Name extends DictionaryName>(
  name: Name,
): Promise<DictionarySnapshot<DictionaryRecords[Name]> | undefined> {
  const db = await openAssistantDb();
  const stored = await db.get('dictionaries', name);
  if (!stored) return undefined;
  const schema = recordSchemaFor(name);
  const records: DictionaryRecords[Name][] = [];
  let dropped = 0;
  for (const record of Array.isArray(stored.records) ? stored.records : []) {
    const parsed = schema.safeParse(record);
    if (parsed.success) records.push(parsed.data as DictionaryRecords[Name]);
    else dropped++;
  }
  if (dropped > 0) logWarn('cache records dropped', { dictionary: name, dropped });
  return { records, fetchedAt: z.number().catch(0).parse(stored.fetchedAt), dropped };
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/**
 * Writes a dictionary. When storage is full, the other dictionaries are evicted and the write
 * is tried once more: they can be fetched again, while enterprises, signers and the user's own
 * records cannot, so those are never evicted.
 */
async function storeDictionary(record: DictionaryRecord): Promise<void> {
  const db = await openAssistantDb();
  try {
    await db.put('dictionaries', record);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    logWarn('storage full, evicting other dictionaries', { dictionary: record.name });
    for (const other of await db.getAllKeys('dictionaries')) {
      if (other !== record.name) await db.delete('dictionaries', other);
    }
    await db.put('dictionaries', record);
  }
}

const refreshing = new Map<DictionaryName, Promise<Result<number>>>();

/** Fetches a dictionary and replaces the cached copy; concurrent calls share one request. */
export function refreshDictionary(name: DictionaryName, deps: DataDeps): Promise<Result<number>> {
  const running = refreshing.get(name);
  if (running) return running;
  const task = (async (): Promise<Result<number>> => {
    const result = await fetchDictionary(name, deps);
    if (!result.ok) return result;
    if (result.value.length === 0 && ((await readCachedDictionary(name))?.records.length ?? 0) > 0) {
      // A dictionary does not empty itself in real use, so an empty answer is treated as a
      // server fault and the cached copy stays.
      logWarn('empty dictionary ignored', { dictionary: name });
      return { ok: false, error: { kind: 'bad-response', route: routeOf(name), detail: 'empty list' } };
    }
    const fetchedAt = currentTime(deps);
    await storeDictionary({ name, fetchedAt, records: result.value });
    return { ok: true, value: fetchedAt };
  })().finally(() => refreshing.delete(name));
  refreshing.set(name, task);
  return task;
}

export interface DictionaryAnswer<T> {
  snapshot?: DictionarySnapshot<T>;
  /** Set when the cache was empty and the fetch failed, or when a forced refresh failed. */
  error?: ApiError;
}

/**
 * Answers from the cache when it has the dictionary, refreshing a stale copy in the background
 * (`onRefreshed` runs after that refresh stores new data); fetches when the cache is empty.
 */
export async function loadDictionary<Name extends DictionaryName>(
  name: Name,
  deps: DataDeps,
  onRefreshed?: () => void,
): Promise<DictionaryAnswer<DictionaryRecords[Name]>> {
  const cached = await readCachedDictionary(name);
  if (cached) {
    // A copy with corrupt records is refetched like a stale one, and served meanwhile without them.
    if (cached.dropped > 0 || currentTime(deps) - cached.fetchedAt > DICTIONARY_MAX_AGE_MS) {
      void refreshDictionary(name, deps).then((result) => {
        if (result.ok) onRefreshed?.();
      });
    }
    return { snapshot: cached };
  }
  const refreshed = await refreshDictionary(name, deps);
  if (!refreshed.ok) return { error: refreshed.error };
  return { snapshot: await readCachedDictionary(name) };
}
