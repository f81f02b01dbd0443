/**
 * Every FTA 智证通 API path the extension calls, in one table.
 *
 * Paths are appended to the configured base URL as they stand. With the published base
 * `https://fta.chinackts.com/open/` this reproduces the double slash after `open` that every
 * published URL carries.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiRoute {
  method: HttpMethod;
  /** Path template after the base URL; `{name}` segments are filled from path parameters. */
  path: string;
  /** False when the published documentation does not show the path and it is our guess. */
  published: boolean;
}

export const API_ROUTES = {
  transportCountries: { method: 'GET', path: '/transport-countries', published: true },
  // NOTE: the path of 查询所有协定国家 is not published. This guess follows the naming of
  // /transport-countries; the sandbox serves the same path and shape.
  agreementCountries: { method: 'GET', path: '/agreement-countries', published: false },
  customs122: { method: 'GET', path: '/standard-code/customs-122', published: true },
  standardCodes: { method: 'GET', path: '/standard-code/{management}', published: true },
  enterpriseList: { method: 'GET', path: '/customs-enterprises', published: true },
  enterpriseGet: { method: 'GET', path: '/customs-enterprises/{id}', published: true },
  enterpriseSave: { method: 'POST', path: '/customs-enterprises', published: true },
  enterpriseSigners: { method: 'GET', path: '/customs-enterprises/{id}/signer', published: true },
} as const satisfies Record<string, ApiRoute>;

export type ApiRouteName = keyof typeof API_ROUTES;

/** Fills `{name}` segments of a route's path, URL-encoding each value. */
export function expandPath(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`Missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
}

/**
 * Standard-code tables the extension caches.
 *
 * NOTE: the allowed values of `{management}` are not published; these two names are our guess
 * and the sandbox serves them.
 */
export const STANDARD_CODE_TABLES = ['customs-district', 'trade-mode'] as const;
export type StandardCodeTable = (typeof STANDARD_CODE_TABLES)[number];
