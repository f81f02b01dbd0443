/**
 * Customs producers (生产商) of an enterprise. The first page of each enterprise's producers,
 * the one the popup's picker lists, is cached in IndexedDB so a chosen producer fills offline.
 */
import { callApi } from '../api/client';
import type { Result } from '../api/errors';
import { type Page, type PageRequest, fromSpringPage, normalizePageRequest } from '../api/paging';
import { type Producer, type ProducerInput, producerPageSchema, producerSchema } from '../api/producer-schemas';
import { emptyAnswerSchema } from '../api/schemas';
import { openAssistantDb } from '../cache/db';
import { logWarn } from '../log';
import { type DataDeps, currentTime } from './deps';
import type { CachedList, ListAnswer } from './enterprises';
import { FIRST_PRODUCER_PAGE_SIZE } from './producer-page';
import { uniqueById } from './unique';

export { FIRST_PRODUCER_PAGE_SIZE };

export async function listProducers(
  enterpriseId: number,
  page: PageRequest,
  deps: DataDeps,
): Promise<Result<Page<Producer>>> {
  const paging = normalizePageRequest(page);
  const result = await callApi(
    await deps.getSettings(),
    { route: 'producerList', query: { ...paging, customsEnterpriseId: enterpriseId }, schema: producerPageSchema },
    deps,
  );
  return result.ok ? { ok: true, value: fromSpringPage(result.value, paging) } : result;
}

export async function readCachedProducers(enterpriseId: number): Promise<CachedList<Producer>> {
  const db = await openAssistantDb();
  const record = await db.get('producers', enterpriseId);
  if (!record) return { items: [] };
  const items = record.producers.flatMap((producer) => {
    const parsed = producerSchema.safeParse(producer);
    return parsed.success ? [parsed.data] : [];
  });
  if (items.length < record.producers.length) {
    logWarn('cache records dropped', { store: 'producers', enterpriseId, dropped: record.producers.length - items.length });
  }
  return { items, fetchedAt: record.fetchedAt };
}

/**
 * Fetches the first page of an enterprise's producers and caches it. When the request fails,
 * returns the cached copy, empty when there is none, with the error.
 */
export async function loadFirstProducers(enterpriseId: number, deps: DataDeps): Promise<ListAnswer<Producer> & { last: boolean }> {
  const result = await listProducers(enterpriseId, { page: 0, size: FIRST_PRODUCER_PAGE_SIZE }, deps);
  if (!result.ok) return { ...(await readCachedProducers(enterpriseId)), last: true, error: result.error };
  const items = uniqueById(result.value.items, 'producers');
  const fetchedAt = currentTime(deps);
  const db = await openAssistantDb();
  await db.put('producers', { enterpriseId, fetchedAt, producers: items });
  return { items, fetchedAt, last: result.value.last };
}

export async function addProducer(producer: ProducerInput, deps: DataDeps): Promise<Result<Producer>> {
  return callApi(await deps.getSettings(), { route: 'producerCreate', body: producer, schema: producerSchema }, deps);
}

export async function deleteProducer(id: number, deps: DataDeps): Promise<Result<void>> {
  const result = await callApi(
    await deps.getSettings(),
    { route: 'producerDelete', pathParams: { id }, schema: emptyAnswerSchema },
    deps,
  );
  return result.ok ? { ok: true, value: undefined } : result;
}
