/**
 * Connection settings: the API base URL and the credential the requests carry.
 *
 * NOTE: the API's authentication scheme is not published. The extension therefore sends a
 * configurable header (name and value) and, when set, a `token` query parameter, which is the
 * only credential-like parameter seen in the published examples.
 */
import { z } from 'zod';

export const PUBLISHED_BASE_URL = 'https://fta.chinackts.com/open/';

/**
 * Request headers that `fetch` drops or refuses to set (the Fetch standard's forbidden request
 * headers), so a credential sent under one of these names would never reach the API.
 */
const FORBIDDEN_HEADER = /^(accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|cookie2?|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/i;

const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://')
  .refine((value) => {
    const url = new URL(value);
    return url.username === '' && url.password === '' && url.search === '' && url.hash === '';
  }, 'must not contain a user name, password, query or fragment');

export const settingsSchema = z.object({
  baseUrl: httpUrl,
  authHeaderName: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9-]*$/, 'letters, digits and hyphens only')
    .refine((value) => !FORBIDDEN_HEADER.test(value), 'browsers do not send this header'),
  // Header values may hold visible ASCII and Latin-1 only; anything else makes fetch throw.
  authHeaderValue: z
    .string()
    .max(4096)
    .regex(/^[\t\x20-\x7e\xa0-\xff]*$/, 'visible ASCII characters only'),
  token: z.string().max(4096),
  /** Request timeout in milliseconds. */
  timeoutMs: z.number().int().min(1000).max(120_000),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  baseUrl: PUBLISHED_BASE_URL,
  authHeaderName: '',
  authHeaderValue: '',
  token: '',
  timeoutMs: 15_000,
};

/** Settings as the options page and popup may see them: the secrets are replaced by flags. */
export interface PublicSettings {
  baseUrl: string;
  authHeaderName: string;
  hasAuthHeaderValue: boolean;
  hasToken: boolean;
  timeoutMs: number;
}

export function toPublicSettings(settings: Settings): PublicSettings {
  return {
    baseUrl: settings.baseUrl,
    authHeaderName: settings.authHeaderName,
    hasAuthHeaderValue: settings.authHeaderValue !== '',
    hasToken: settings.token !== '',
    timeoutMs: settings.timeoutMs,
  };
}
