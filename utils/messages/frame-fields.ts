/**
 * A frame's reply to the first injection of a fill: a description of each of its fields, as JSON.
 * The worker parses it before deciding, so a frame that returns anything else is left out of the
 * fill. Only the worker loads this module.
 */
import * as z from 'zod/mini';
import type { FieldDescriptor } from '../fill/descriptors';

const describedLabelSchema = z.object({ text: z.string(), group: z.nullable(z.string()) });

const fieldDescriptorSchema = z.object({
  kind: z.enum(['text', 'textarea', 'select', 'radio']),
  labels: z.object({
    strong: z.array(describedLabelSchema),
    weak: z.array(z.string()),
    identifiers: z.array(z.string()),
  }),
  heading: z.nullable(z.string()),
  ruled: z.boolean(),
});

export const frameFieldsSchema: z.ZodMiniType<FieldDescriptor[]> = z.array(fieldDescriptorSchema);

/** Parses a frame's JSON reply into its field descriptors. Returns null for anything that is not such a list. */
export function parseFrameFields(reply: unknown): FieldDescriptor[] | null {
  if (typeof reply !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(reply);
  } catch {
    return null;
  }
  const parsed = frameFieldsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
