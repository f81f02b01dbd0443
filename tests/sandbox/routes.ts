/**
 * Maps request paths to the extension's path table, so the sandbox serves exactly the paths
 * the extension calls.
 */
import { API_ROUTES, type ApiRouteName, type HttpMethod } from '../../utils/api/paths';

/** Path prefix of the API, as in the published base URL `https://fta.chinackts.com/open/`. */
export const API_PREFIX = '/open';

export type RouteMatch =
  | { kind: 'match'; name: ApiRouteName; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: HttpMethod[] }
  | { kind: 'not-found' };

interface CompiledRoute {
  name: ApiRouteName;
  method: HttpMethod;
  pattern: RegExp;
  paramNames: string[];
}

/** Templates with fewer `{…}` segments come first, so `/standard-code/customs-122` wins over `/standard-code/{management}`. */
const COMPILED: readonly CompiledRoute[] = Object.keys(API_ROUTES)
  .filter(isRouteName)
  .map((name) => compile(name))
  .sort((a, b) => a.paramNames.length - b.paramNames.length);

function compile(name: ApiRouteName): CompiledRoute {
  const { method, path } = API_ROUTES[name];
  const paramNames: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (param === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      paramNames.push(param);
      return '([^/]+)';
    })
    .join('/');
  return { name, method, pattern: new RegExp(`^${source}$`), paramNames };
}

/**
 * Returns the API path of a request path: the part after `/open`, with the double slash of the
 * published URLs (`/open//customs-enterprises`) read like a single one. Returns `undefined`
 * for paths outside the API.
 */
export function toApiPath(pathname: string): string | undefined {
  if (!pathname.startsWith(`${API_PREFIX}/`)) return undefined;
  return pathname.slice(API_PREFIX.length).replace(/^\/+/, '/');
}

/** Finds the route for a method and API path, with its decoded path parameters. */
export function matchRoute(method: string, apiPath: string): RouteMatch {
  const allowed: HttpMethod[] = [];
  for (const route of COMPILED) {
    const match = route.pattern.exec(apiPath);
    if (!match) continue;
    if (route.method !== method) {
      if (!allowed.includes(route.method)) allowed.push(route.method);
      continue;
    }
    const params = decodeParams(route.paramNames, match.slice(1));
    if (!params) return { kind: 'not-found' };
    return { kind: 'match', name: route.name, params };
  }
  return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
}

/** Decodes captured segments; returns `undefined` when one is not valid percent-encoding. */
function decodeParams(
  names: readonly string[],
  values: readonly (string | undefined)[],
): Record<string, string> | undefined {
  try {
    return Object.fromEntries(
      names.map((name, index) => [name, decodeURIComponent(values[index] ?? '')]),
    );
  } catch {
    return undefined;
  }
}

/** Tells whether `value` names a route of the path table. */
export function isRouteName(value: string): value is ApiRouteName {
  return Object.hasOwn(API_ROUTES, value);
}
