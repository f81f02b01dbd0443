/** Handlers of the customs enterprise (海关企业) and producer (生产商) routes. */
import type { ApiRouteName } from '../../utils/api/paths';
import type { ProducerRecord } from './data/producers';
import { enterpriseInputSchema } from './enterprise-store';
import { type ApiResult, type Handler, type HandlerContext, failure, ok, parseId, queryInteger, readJson } from './handler-kit';
import { producerInputSchema } from './producer-store';
import { readPageRequest, toPage } from './spring';

/** Saves an enterprise. A malformed body gets 400, as in Spring when Jackson cannot read it. */
function saveEnterprise({ body, path, stores }: HandlerContext): ApiResult {
  const json = readJson(body);
  if (!json) return failure(400, path);
  const input = enterpriseInputSchema.safeParse(json.value);
  if (!input.success) return failure(400, path);

  const saved = stores.enterprises.save(input.data);
  return saved.kind === 'not-found' ? failure(404, path) : ok(saved.enterprise);
}

/** Adds `customsEnterpriseName`, which producer responses carry. */
function withEnterpriseName(context: HandlerContext, producer: ProducerRecord): ProducerRecord & { customsEnterpriseName: string } {
  const enterprise = context.stores.enterprises.get(producer.customsEnterpriseId);
  return { ...producer, customsEnterpriseName: enterprise?.enterpriseCnName ?? '' };
}

function createProducer(context: HandlerContext): ApiResult {
  const input = producerInputSchema.safeParse(readJson(context.body)?.value);
  if (!input.success) return failure(400, context.path);
  if (!context.stores.enterprises.get(input.data.customsEnterpriseId)) return failure(400, context.path);
  return ok(withEnterpriseName(context, context.stores.producers.create(input.data)));
}

export const ENTERPRISE_HANDLERS = {
  enterpriseList: ({ query, stores }) =>
    ok(toPage(stores.enterprises.list(query.get('keyword') ?? ''), readPageRequest(query))),
  enterpriseGet: ({ params, path, stores }) => {
    const id = parseId(params.id);
    if (id === undefined) return failure(400, path);
    const enterprise = stores.enterprises.get(id);
    return enterprise ? ok(enterprise) : failure(404, path);
  },
  enterpriseSave: saveEnterprise,
  enterpriseDelete: ({ params, path, stores }) => {
    const id = parseId(params.id);
    if (id === undefined) return failure(400, path);
    return stores.enterprises.delete(id) ? ok({}) : failure(404, path);
  },
  enterpriseSigners: ({ params, path, stores }) => {
    const id = parseId(params.id);
    if (id === undefined) return failure(400, path);
    const enterprise = stores.enterprises.get(id);
    return enterprise ? ok(enterprise.customsEnterpriseSigners) : failure(404, path);
  },
  producerList: (context) => {
    const producers = context.stores.producers.list(queryInteger(context.query, 'customsEnterpriseId'));
    const named = producers.map((producer) => withEnterpriseName(context, producer));
    return ok(toPage(named, readPageRequest(context.query)));
  },
  producerCreate: createProducer,
  producerDelete: ({ params, path, stores }) => {
    const id = parseId(params.id);
    if (id === undefined) return failure(400, path);
    return stores.producers.delete(id) ? ok({}) : failure(404, path);
  },
} satisfies Partial<Record<ApiRouteName, Handler>>;
