/**
 * Every data source a taught rule may name, in the order the teach panel lists them, with the
 * `_locales` key of each one's display name.
 */
import * as z from 'zod/mini';
import { ENTERPRISE_FILL_KEYS, type FillSource, PRODUCER_FILL_KEYS, SIGNER_FILL_KEYS } from '../fill/types';

export const FILL_SOURCES: readonly FillSource[] = [
  ...ENTERPRISE_FILL_KEYS.map((key) => `enterprise.${key}` as const),
  ...SIGNER_FILL_KEYS.map((key) => `signer.${key}` as const),
  ...PRODUCER_FILL_KEYS.map((key) => `producer.${key}` as const),
  'destinationCountry',
];

export const fillSourceSchema = z.custom<FillSource>(
  (value) => typeof value === 'string' && (FILL_SOURCES as readonly string[]).includes(value),
  { message: 'unknown data source' },
);

/** Returns the `_locales` key of a source's name, such as `source_enterprise_enterpriseCnName`. */
export function sourceMessageKey(source: FillSource): `source_${string}` {
  return `source_${source.replace('.', '_')}`;
}
