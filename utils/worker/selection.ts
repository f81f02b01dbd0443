/** The enterprise, signer and country of the last fill, offered again when the popup opens. */
import { z } from 'zod';
import { openAssistantDb } from '../cache/db';

const selectionSchema = z.object({
  enterpriseId: z.number().int().nonnegative().optional(),
  signerId: z.number().int().nonnegative().optional(),
  countryCode: z.string().optional(),
});
export type Selection = z.infer<typeof selectionSchema>;

const SELECTION_KEY = 'lastSelection';

export async function readLastSelection(): Promise<Selection> {
  const db = await openAssistantDb();
  const record = await db.get('meta', SELECTION_KEY);
  const parsed = selectionSchema.safeParse(record?.value);
  return parsed.success ? parsed.data : {};
}

export async function writeLastSelection(selection: Selection): Promise<void> {
  const db = await openAssistantDb();
  await db.put('meta', { key: SELECTION_KEY, value: selection });
}
