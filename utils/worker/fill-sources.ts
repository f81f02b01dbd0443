/**
 * Every data source a taught rule may name, in the order the teach panel lists them, with the
 * `_locales` key of each one's display name.
 */
import * as z from 'zod/mini';
import { FILL_SOURCES, type FillSource } from '../fill/types';

export { FILL_SOURCES };

export const fillSourceSchema = z.custom<FillSource>(
  (value) => typeof value === 'string' && (FILL_SOURCES as readonly string[]).includes(value),
  { message: 'unknown data source' },
);

/** Returns the `_locales` key of a source's name, such as `source_enterprise_enterpriseCnName`. */
export function sourceMessageKey(source: FillSource): `source_${string}` {
  return `source_${source.replace('.', '_')}`;
}
