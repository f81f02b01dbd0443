/**
 * One handler per route of the extension's path table. The `Record` type makes a route without
 * a handler a compile error.
 */
import type { ApiRouteName } from '../../utils/api/paths';
import { loadAgreementCountries } from './data/agreements';
import { filterByRegionCodes, loadCountries } from './data/countries';
import { loadCustoms122Rules } from './data/customs-122';
import { standardCodesOf } from './data/standard-codes';
import { type EnterpriseStore, enterpriseInputSchema } from './enterprise-store';
import { readPageRequest, springError, toPage } from './spring';

export interface HandlerContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Raw request body, empty when none was sent. */
  body: string;
  /** Request path without query, as Spring puts it into error bodies. */
  path: string;
  store: EnterpriseStore;
}

/** A JSON response before serialization, so faults can change it. */
export interface ApiResult {
  status: number;
  body: unknown;
}

type Handler = (context: HandlerContext) => ApiResult;

export const HANDLERS: Record<ApiRouteName, Handler> = {
  transportCountries: ({ query }) =>
    ok(filterByRegionCodes(loadCountries(), query.getAll('regionCodes'))),
  agreementCountries: () => ok(loadAgreementCountries()),
  customs122: () => ok(loadCustoms122Rules()),
  standardCodes: ({ params, query, path }) => {
    const codes = standardCodesOf(params.management ?? '');
    return codes ? ok(toPage(codes, readPageRequest(query))) : failure(404, path);
  },
  enterpriseList: ({ query, store }) =>
    ok(toPage(store.list(query.get('keyword') ?? ''), readPageRequest(query))),
  enterpriseGet: ({ params, path, store }) => {
    const id = parseId(params.id);
    if (id === undefined) return failure(400, path);
    const enterprise = store.get(id);
    return enterprise ? ok(enterprise) : failure(404, path);
  },
  enterpriseSave: saveEnterprise,
  enterpriseSigners: ({ params, path, store }) => {
    const id = parseId(params.id);
    if (id === undefined) return failure(400, path);
    const enterprise = store.get(id);
    return enterprise ? ok(enterprise.customsEnterpriseSigners) : failure(404, path);
  },
};

/** Saves an enterprise. A malformed body gets 400, as in Spring when Jackson cannot read it. */
function saveEnterprise({ body, path, store }: HandlerContext): ApiResult {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return failure(400, path);
  }
  const input = enterpriseInputSchema.safeParse(json);
  if (!input.success) return failure(400, path);

  const saved = store.save(input.data);
  return saved.kind === 'not-found' ? failure(404, path) : ok(saved.enterprise);
}

function parseId(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

function ok(body: unknown): ApiResult {
  return { status: 200, body };
}

export function failure(status: number, path: string): ApiResult {
  return { status, body: springError(status, path) };
}
