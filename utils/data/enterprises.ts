/**
 * Customs enterprises and their signers, cached in IndexedDB so the fill works offline.
 */
import { callApi } from '../api/client';
import type { ApiError, Result } from '../api/errors';
import { type Enterprise, type Signer, enterprisePageSchema, enterpriseSchema, signerListSchema, signerSchema } from '../api/schemas';
import { openAssistantDb } from '../cache/db';
import { logWarn } from '../log';
import { type DataDeps, currentTime } from './deps';
import { uniqueById } from './unique';

/** Page size for the enterprise list; a clerk's account holds a handful of enterprises. */
const ENTERPRISE_PAGE_SIZE = 200;
const MAX_ENTERPRISE_PAGES = 10;

export interface CachedList<T> {
  items: T[];
  /** Time of the oldest record's fetch, or undefined when nothing is cached. */
  fetchedAt?: number;
}

export async function readCachedEnterprises(): Promise<CachedList<Enterprise>> {
  const db = await openAssistantDb();
  const stored = await db.getAll('enterprises');
  const items: Enterprise[] = [];
  let fetchedAt: number | undefined;
  for (const record of stored) {
    const parsed = enterpriseSchema.safeParse(record.enterprise);
    if (!parsed.success) {
      logWarn('cache record dropped', { store: 'enterprises', id: record.id });
      continue;
    }
    items.push(parsed.data);
    fetchedAt = fetchedAt === undefined ? record.fetchedAt : Math.min(fetchedAt, record.fetchedAt);
  }
  items.sort((a, b) => a.id - b.id);
  return { items, fetchedAt };
}

export async function readCachedEnterprise(id: number): Promise<Enterprise | undefined> {
  const db = await openAssistantDb();
  const record = await db.get('enterprises', id);
  const parsed = enterpriseSchema.safeParse(record?.enterprise);
  return parsed.success ? parsed.data : undefined;
}

/** Fetches every enterprise of the account and replaces the cached list. */
export async function refreshEnterprises(deps: DataDeps): Promise<Result<Enterprise[]>> {
  const settings = await deps.getSettings();
  let enterprises: Enterprise[] = [];
  for (let page = 0; page < MAX_ENTERPRISE_PAGES; page++) {
    const result = await callApi(
      settings,
      { route: 'enterpriseList', query: { page, size: ENTERPRISE_PAGE_SIZE }, schema: enterprisePageSchema },
      deps,
    );
    if (!result.ok) return result;
    for (const enterprise of result.value.content) enterprises.push(enterprise);
    const { totalPages, last } = result.value;
    const isLast = last ?? (totalPages === undefined || page + 1 >= totalPages);
    if (isLast || result.value.content.length === 0) break;
  }
  enterprises = uniqueById(enterprises, 'enterprises');
  if (enterprises.length === 0 && (await readCachedEnterprises()).items.length > 0) {
    // An account does not lose all its enterprises at once in real use, so the cached list that
    // offline filling depends on is kept.
    logWarn('empty enterprise list ignored');
    return { ok: false, error: { kind: 'bad-response', route: 'enterpriseList', detail: 'empty list' } };
  }
  const fetchedAt = currentTime(deps);
  const db = await openAssistantDb();
  const transaction = db.transaction('enterprises', 'readwrite');
  await transaction.store.clear();
  for (const enterprise of enterprises) {
    await transaction.store.put({ id: enterprise.id, fetchedAt, enterprise });
  }
  await transaction.done;
  return { ok: true, value: enterprises };
}

export async function readCachedSigners(enterpriseId: number): Promise<CachedList<Signer>> {
  const db = await openAssistantDb();
  const record = await db.get('signers', enterpriseId);
  if (record) {
    const items = record.signers.flatMap((signer) => {
      const parsed = signerSchema.safeParse(signer);
      return parsed.success ? [parsed.data] : [];
    });
    return { items, fetchedAt: record.fetchedAt };
  }
  // The enterprise record may embed its signers even when the signer list was never fetched.
  const enterprise = await readCachedEnterprise(enterpriseId);
  return { items: enterprise?.customsEnterpriseSigners ?? [], fetchedAt: undefined };
}

export async function refreshSigners(enterpriseId: number, deps: DataDeps): Promise<Result<Signer[]>> {
  const settings = await deps.getSettings();
  const result = await callApi(
    settings,
    { route: 'enterpriseSigners', pathParams: { id: enterpriseId }, schema: signerListSchema },
    deps,
  );
  if (!result.ok) return result;
  const signers = uniqueById(result.value, 'signers');
  const db = await openAssistantDb();
  await db.put('signers', { enterpriseId, fetchedAt: currentTime(deps), signers });
  return { ok: true, value: signers };
}

export interface ListAnswer<T> extends CachedList<T> {
  error?: ApiError;
}

/** Returns the cached enterprises at once and refreshes them when asked or when none are cached. */
export async function loadEnterprises(deps: DataDeps, forceRefresh: boolean): Promise<ListAnswer<Enterprise>> {
  const cached = await readCachedEnterprises();
  if (cached.items.length > 0 && !forceRefresh) return cached;
  const refreshed = await refreshEnterprises(deps);
  if (!refreshed.ok) return { ...cached, error: refreshed.error };
  return readCachedEnterprises();
}

export async function loadSigners(
  enterpriseId: number,
  deps: DataDeps,
  forceRefresh: boolean,
): Promise<ListAnswer<Signer>> {
  const cached = await readCachedSigners(enterpriseId);
  if (cached.fetchedAt !== undefined && !forceRefresh) return cached;
  const refreshed = await refreshSigners(enterpriseId, deps);
  if (!refreshed.ok) return { ...cached, error: refreshed.error };
  return readCachedSigners(enterpriseId);
}
