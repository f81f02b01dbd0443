/**
 * Taught rules in IndexedDB, one record per site origin. Records are validated when read, so a
 * record that no longer parses is left out rather than passed to the fill engine.
 */
import { openAssistantDb } from '../cache/db';
import type { FieldRule } from '../fill/types';
import { logWarn } from '../log';
import {
  MAX_RULES_PER_SITE,
  RULES_FILE_FORMAT,
  type RulesFile,
  type SiteRules,
  fieldRuleSchema,
  rulesFileSchema,
} from './rules-schema';

function sameField(a: FieldRule, b: { selector: string; framePath: string }): boolean {
  return a.selector === b.selector && a.framePath === b.framePath;
}

function parseRules(origin: string, stored: unknown[]): FieldRule[] {
  const rules: FieldRule[] = [];
  for (const item of stored) {
    const parsed = fieldRuleSchema.safeParse(item);
    if (parsed.success) rules.push(parsed.data);
    else logWarn('stored rule invalid, skipped', { origin, issue: parsed.error.issues[0]?.path.join('.') });
  }
  return rules;
}

/** Returns the rules of one origin, oldest first. */
export async function readRules(origin: string): Promise<FieldRule[]> {
  const db = await openAssistantDb();
  const record = await db.get('rules', origin);
  return record ? parseRules(origin, record.rules) : [];
}

/** Returns every site that has rules, sorted by origin. */
export async function listSiteRules(): Promise<SiteRules[]> {
  const db = await openAssistantDb();
  const records = await db.getAll('rules');
  return records
    .map((record) => ({ origin: record.origin, rules: parseRules(record.origin, record.rules) }))
    .filter((site) => site.rules.length > 0)
    .sort((a, b) => a.origin.localeCompare(b.origin));
}

async function writeRules(origin: string, rules: FieldRule[]): Promise<void> {
  const db = await openAssistantDb();
  if (rules.length === 0) await db.delete('rules', origin);
  else await db.put('rules', { origin, updatedAt: Date.now(), rules });
}

/** Merges `added` into `current`: a rule for a field that already has one replaces it in place. */
function mergeRules(current: readonly FieldRule[], added: readonly FieldRule[]): FieldRule[] {
  const merged = [...current];
  for (const rule of added) {
    const position = merged.findIndex((existing) => sameField(existing, rule));
    if (position === -1) merged.push(rule);
    else merged[position] = rule;
  }
  return merged;
}

/**
 * Stores a rule for `origin`, replacing the rule for the same field. Returns false, and stores
 * nothing, when the site already has `MAX_RULES_PER_SITE` other rules.
 */
export async function addRule(origin: string, rule: FieldRule): Promise<boolean> {
  const merged = mergeRules(await readRules(origin), [rule]);
  if (merged.length > MAX_RULES_PER_SITE) return false;
  await writeRules(origin, merged);
  return true;
}

export async function deleteRule(origin: string, field: { selector: string; framePath: string }): Promise<void> {
  const rules = await readRules(origin);
  await writeRules(
    origin,
    rules.filter((rule) => !sameField(rule, field)),
  );
}

export async function exportRules(now = Date.now()): Promise<RulesFile> {
  return { format: RULES_FILE_FORMAT, version: 1, exportedAt: now, sites: await listSiteRules() };
}

/** Why a rules file was rejected: not JSON, a value that fails the schema, or too many rules for one site. */
export type ImportProblem = 'not-json' | 'invalid' | 'too-many-rules';

/** `at` is the path of the first invalid value for `invalid`, and the site's origin for `too-many-rules`. */
export type ImportResult = { ok: true; imported: number } | { ok: false; problem: ImportProblem; at: string };

/**
 * Parses a rules file and merges its rules into the store. The whole file is validated first, so
 * an invalid file changes nothing.
 */
export async function importRules(text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json', at: '' };
  }
  const parsed = rulesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: 'invalid', at: issue ? issue.path.join('.') : '' };
  }

  const updates: SiteRules[] = [];
  for (const site of parsed.data.sites) {
    const earlier = updates.find((update) => update.origin === site.origin);
    const base = earlier?.rules ?? (await readRules(site.origin));
    const merged = mergeRules(base, site.rules);
    if (merged.length > MAX_RULES_PER_SITE) return { ok: false, problem: 'too-many-rules', at: site.origin };
    if (earlier) earlier.rules = merged;
    else updates.push({ origin: site.origin, rules: merged });
  }
  // One transaction, so a failed write leaves every site as it was.
  const db = await openAssistantDb();
  const transaction = db.transaction('rules', 'readwrite');
  const now = Date.now();
  await Promise.all([
    ...updates.map((update) => transaction.store.put({ origin: update.origin, updatedAt: now, rules: update.rules })),
    transaction.done,
  ]);
  const imported = parsed.data.sites.reduce((count, site) => count + site.rules.length, 0);
  return { ok: true, imported };
}
