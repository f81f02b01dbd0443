/**
 * Changes to customs enterprises: paged listing, save and delete. A successful save or delete
 * updates the IndexedDB enterprise cache, so the offline fill uses the new data, and a failed
 * one leaves the cache as it was.
 */
import { callApi } from '../api/client';
import type { Result } from '../api/errors';
import { type Page, type PageRequest, fromSpringPage, normalizePageRequest } from '../api/paging';
import {
  type Enterprise,
  type EnterpriseInput,
  emptyAnswerSchema,
  enterprisePageSchema,
  enterpriseSaveAnswerSchema,
  enterpriseSchema,
} from '../api/schemas';
import { openAssistantDb } from '../cache/db';
import { logWarn } from '../log';
import { type DataDeps, currentTime } from './deps';
import { readCachedEnterprise, refreshEnterprises } from './enterprises';

export interface EnterprisePageRequest extends PageRequest {
  /** Matches part of the Chinese or English name. NOTE: the parameter name is our guess. */
  keyword?: string;
}

export async function listEnterprisesPage(
  request: EnterprisePageRequest,
  deps: DataDeps,
): Promise<Result<Page<Enterprise>>> {
  const paging = normalizePageRequest(request);
  const keyword = request.keyword?.trim() || undefined;
  const result = await callApi(
    await deps.getSettings(),
    { route: 'enterpriseList', query: { ...paging, keyword }, schema: enterprisePageSchema },
    deps,
  );
  return result.ok ? { ok: true, value: fromSpringPage(result.value, paging) } : result;
}

/** Reads one enterprise from the service and refreshes its cached record. */
export async function getEnterprise(id: number, deps: DataDeps): Promise<Result<Enterprise>> {
  const result = await callApi(
    await deps.getSettings(),
    { route: 'enterpriseGet', pathParams: { id }, schema: enterpriseSchema },
    deps,
  );
  if (result.ok) await cacheEnterprise(result.value, deps);
  return result;
}

/**
 * Stores an enterprise and, when the response carries them, its signers. An empty embedded list
 * leaves the cached signers alone, since some responses leave the list out.
 */
async function cacheEnterprise(enterprise: Enterprise, deps: DataDeps): Promise<void> {
  const fetchedAt = currentTime(deps);
  const db = await openAssistantDb();
  const transaction = db.transaction(['enterprises', 'signers'], 'readwrite');
  await transaction.objectStore('enterprises').put({ id: enterprise.id, fetchedAt, enterprise });
  if (enterprise.customsEnterpriseSigners.length > 0) {
    await transaction
      .objectStore('signers')
      .put({ enterpriseId: enterprise.id, fetchedAt, signers: enterprise.customsEnterpriseSigners });
  }
  await transaction.done;
}

/**
 * Creates an enterprise (no `id`, or 0) or updates one, then updates the cache.
 *
 * The published response of 保存海关企业 is `{}`. When the service responds so, the enterprise
 * list is fetched again to learn the saved record, and the value is `undefined` if that
 * follow-up read fails (the save itself succeeded, and the cache keeps its old records).
 */
export async function saveEnterprise(
  enterprise: EnterpriseInput,
  deps: DataDeps,
): Promise<Result<Enterprise | undefined>> {
  const result = await callApi(
    await deps.getSettings(),
    { route: 'enterpriseSave', body: enterprise, schema: enterpriseSaveAnswerSchema },
    deps,
  );
  if (!result.ok) return result;

  const saved = enterpriseSchema.safeParse(result.value);
  if (saved.success) {
    await cacheEnterprise(saved.data, deps);
    return { ok: true, value: saved.data };
  }
  return { ok: true, value: await reloadAfterSave(enterprise, deps) };
}

async function reloadAfterSave(input: EnterpriseInput, deps: DataDeps): Promise<Enterprise | undefined> {
  const refreshed = await refreshEnterprises(deps);
  if (!refreshed.ok) {
    logWarn('enterprise reload after save failed', { kind: refreshed.error.kind, id: input.id });
    return undefined;
  }
  if (input.id !== undefined && input.id > 0) return readCachedEnterprise(input.id);
  // A new record: the newest one with the submitted name.
  const matches = refreshed.value.filter((candidate) => candidate.enterpriseCnName === input.enterpriseCnName);
  return matches.sort((a, b) => b.id - a.id)[0];
}

/** Deletes an enterprise, then drops it and its signers from the cache. */
export async function deleteEnterprise(id: number, deps: DataDeps): Promise<Result<void>> {
  const result = await callApi(
    await deps.getSettings(),
    { route: 'enterpriseDelete', pathParams: { id }, schema: emptyAnswerSchema },
    deps,
  );
  if (!result.ok) return result;
  const db = await openAssistantDb();
  const transaction = db.transaction(['enterprises', 'signers'], 'readwrite');
  await transaction.objectStore('enterprises').delete(id);
  await transaction.objectStore('signers').delete(id);
  await transaction.done;
  return { ok: true, value: undefined };
}
