/** Customs producers (生产商) of an enterprise. Not cached: the list is read when shown. */
import { callApi } from '../api/client';
import type { Result } from '../api/errors';
import { type Page, type PageRequest, fromSpringPage, normalizePageRequest } from '../api/paging';
import { type Producer, type ProducerInput, producerPageSchema, producerSchema } from '../api/producer-schemas';
import { emptyAnswerSchema } from '../api/schemas';
import type { DataDeps } from './deps';

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
