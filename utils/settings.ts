/**
 * Connection settings: the API base URL and the credential the requests carry.
 *
 * NOTE: the API's authentication scheme is not published. The extension therefore sends a
 * configurable header (name and value) and, when set, a `token` query parameter, which is the
 * only credential-like parameter seen in the published examples.
 */
import { z } from 'zod';

export const PUBLISHED_BASE_URL = 'https://fta.chinackts.com/open/';

const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://');

export const settingsSchema = z.object({
  baseUrl: httpUrl,
  authHeaderName: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9-]*$/, 'letters, digits and hyphens only'),
  authHeaderValue: z.string().max(4096),
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
