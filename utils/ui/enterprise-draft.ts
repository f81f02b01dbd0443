/**
 * Unsaved enterprise edits of the options page, kept in `storage.local` under
 * `enterpriseDraft:<id>` so they survive closing the page. A stored value of the wrong shape is
 * ignored, as if there were no draft.
 */
import browser from 'webextension-polyfill';
import { z } from 'zod';
import { ENTERPRISE_TEXT_FIELDS, type EnterpriseFields, type EnterpriseTextField } from '../validation/enterprise';

const DRAFT_PREFIX = 'enterpriseDraft:';

const draftSchema = z.object({
  fields: z.object(
    Object.fromEntries(ENTERPRISE_TEXT_FIELDS.map((field) => [field, z.string()])) as Record<EnterpriseTextField, z.ZodString>,
  ),
  /** Milliseconds since the epoch of the last change. */
  changedAt: z.number(),
});
export type EnterpriseDraft = z.infer<typeof draftSchema>;

function draftKey(id: number): string {
  return `${DRAFT_PREFIX}${id}`;
}

export async function readDraft(id: number): Promise<EnterpriseDraft | undefined> {
  const key = draftKey(id);
  const stored: Record<string, unknown> = await browser.storage.local.get(key);
  const parsed = draftSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : undefined;
}

export async function writeDraft(id: number, fields: EnterpriseFields): Promise<void> {
  const draft: EnterpriseDraft = { fields, changedAt: Date.now() };
  await browser.storage.local.set({ [draftKey(id)]: draft });
}

export async function clearDraft(id: number): Promise<void> {
  await browser.storage.local.remove(draftKey(id));
}

/** Finds the enterprise whose draft changed last, so the page can reopen it. */
export async function findLatestDraftId(): Promise<number | undefined> {
  const stored: Record<string, unknown> = await browser.storage.local.get(null);
  let latest: { id: number; changedAt: number } | undefined;
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(DRAFT_PREFIX)) continue;
    const id = Number(key.slice(DRAFT_PREFIX.length));
    const parsed = draftSchema.safeParse(value);
    if (!Number.isInteger(id) || id <= 0 || !parsed.success) continue;
    if (!latest || parsed.data.changedAt > latest.changedAt) latest = { id, changedAt: parsed.data.changedAt };
  }
  return latest?.id;
}
