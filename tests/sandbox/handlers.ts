/**
 * One handler per route of the extension's path table. The `Record` type makes a route without
 * a handler a compile error.
 */
import type { ApiRouteName } from '../../utils/api/paths';
import { loadAgreementCountries } from './data/agreements';
import { filterByRegionCodes, loadCountries } from './data/countries';
import { loadCustoms122Rules } from './data/customs-122';
import { standardCodesOf } from './data/standard-codes';
import { type Handler, failure, ok } from './handler-kit';
import { CCPIT_HANDLERS } from './handlers-ccpit';
import { CERTIFICATE_HANDLERS } from './handlers-certificates';
import { ENTERPRISE_HANDLERS } from './handlers-enterprises';
import { readPageRequest, toPage } from './spring';

export type { ApiResult, HandlerContext, SandboxStores } from './handler-kit';
export { failure } from './handler-kit';

export const HANDLERS: Record<ApiRouteName, Handler> = {
  transportCountries: ({ query }) =>
    ok(filterByRegionCodes(loadCountries(), query.getAll('regionCodes'))),
  agreementCountries: () => ok(loadAgreementCountries()),
  customs122: () => ok(loadCustoms122Rules()),
  standardCodes: ({ params, query, path }) => {
    const codes = standardCodesOf(params.management ?? '');
    return codes ? ok(toPage(codes, readPageRequest(query))) : failure(404, path);
  },
  ...ENTERPRISE_HANDLERS,
  ...CCPIT_HANDLERS,
  ...CERTIFICATE_HANDLERS,
};
