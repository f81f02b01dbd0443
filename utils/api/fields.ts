/**
 * Field schemas shared by the response schemas. Text fields accept `null` and read it as an
 * empty string, since Java services commonly serialize unset strings that way.
 */
import { z } from 'zod';

export const text = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

export const flag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? false);

export const optionalId = z.number().int().nullish();

/** A list that may come as `null` or be left out, read as empty. */
export function list<Item extends z.ZodType>(item: Item) {
  return z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);
}

/**
 * An id that the service sends as a number in some responses and as a string in others (such
 * as `docId`), read as a string.
 */
export const idText = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value));

/** An optional text field of a request body. */
export const inputText = z.string().max(4000).optional();
/** An optional integer field of a request body. */
export const inputInteger = z.number().int().optional();
