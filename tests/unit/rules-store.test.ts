import { describe, expect, it } from 'vitest';
import { openAssistantDb } from '@/utils/cache/db';
import type { FieldRule } from '@/utils/fill/types';
import { MAX_RULES_PER_SITE } from '@/utils/worker/rules-schema';
import { addRule, deleteRule, exportRules, importRules, listSiteRules, readRules } from '@/utils/worker/rules-store';

const PORTAL = 'https://www.singlewindow.cn';
const OTHER = 'http://127.0.0.1:8080';

const nameRule: FieldRule = { selector: '#fld07', framePath: '/co/apply.html', source: 'enterprise.enterpriseCnName' };
const signerRule: FieldRule = { selector: 'input[name="qmr"]', framePath: '/co/apply.html', source: 'signer.name' };

describe('rule store', () => {
  it('keeps rules per origin', async () => {
    await addRule(PORTAL, nameRule);
    await addRule(OTHER, signerRule);
    expect(await readRules(PORTAL)).toEqual([nameRule]);
    expect(await readRules(OTHER)).toEqual([signerRule]);
    expect(await readRules('https://elsewhere.example')).toEqual([]);
  });

  it('replaces the rule for the same field', async () => {
    await addRule(PORTAL, nameRule);
    await addRule(PORTAL, signerRule);
    await addRule(PORTAL, { ...nameRule, source: 'enterprise.enterpriseEnName' });
    expect(await readRules(PORTAL)).toEqual([{ ...nameRule, source: 'enterprise.enterpriseEnName' }, signerRule]);
  });

  it('keeps the same selector in two frames apart', async () => {
    await addRule(PORTAL, nameRule);
    await addRule(PORTAL, { ...nameRule, framePath: '/co/frame.html' });
    expect(await readRules(PORTAL)).toHaveLength(2);
  });

  it('rejects a rule past the per-site maximum', async () => {
    for (let index = 0; index < MAX_RULES_PER_SITE; index++) {
      await addRule(PORTAL, { ...nameRule, selector: `#f${index}` });
    }
    expect(await addRule(PORTAL, { ...nameRule, selector: '#one-more' })).toBe(false);
    expect(await readRules(PORTAL)).toHaveLength(MAX_RULES_PER_SITE);
  });

  it('deletes one rule and drops an emptied site', async () => {
    await addRule(PORTAL, nameRule);
    await addRule(PORTAL, signerRule);
    await deleteRule(PORTAL, nameRule);
    expect(await readRules(PORTAL)).toEqual([signerRule]);
    await deleteRule(PORTAL, signerRule);
    expect(await listSiteRules()).toEqual([]);
  });

  it('skips a stored rule that no longer parses', async () => {
    const db = await openAssistantDb();
    await db.put('rules', { origin: PORTAL, updatedAt: 0, rules: [nameRule, { selector: '#x', framePath: '/', source: 'enterprise.password' }] });
    expect(await readRules(PORTAL)).toEqual([nameRule]);
  });

  it('lists sites sorted by origin', async () => {
    await addRule(PORTAL, nameRule);
    await addRule(OTHER, signerRule);
    expect((await listSiteRules()).map((site) => site.origin)).toEqual([OTHER, PORTAL]);
  });
});

describe('rules file', () => {
  it('round-trips through export and import', async () => {
    await addRule(PORTAL, nameRule);
    await addRule(OTHER, signerRule);
    const file = await exportRules(1_700_000_000_000);
    expect(file).toEqual({
      format: 'fta-assistant-rules',
      version: 1,
      exportedAt: 1_700_000_000_000,
      sites: [
        { origin: OTHER, rules: [signerRule] },
        { origin: PORTAL, rules: [nameRule] },
      ],
    });

    await deleteRule(PORTAL, nameRule);
    await deleteRule(OTHER, signerRule);
    expect(await importRules(JSON.stringify(file))).toEqual({ ok: true, imported: 2 });
    expect(await listSiteRules()).toEqual(file.sites);
  });

  it('merges into the rules already stored', async () => {
    await addRule(PORTAL, nameRule);
    const file = { format: 'fta-assistant-rules', version: 1, exportedAt: 0, sites: [{ origin: PORTAL, rules: [signerRule] }] };
    expect(await importRules(JSON.stringify(file))).toEqual({ ok: true, imported: 1 });
    expect(await readRules(PORTAL)).toEqual([nameRule, signerRule]);
  });

  const invalidFiles: Array<[string, unknown]> = [
    ['an unknown format', { format: 'other', version: 1, exportedAt: 0, sites: [] }],
    ['a newer version', { format: 'fta-assistant-rules', version: 2, exportedAt: 0, sites: [] }],
    ['an origin with a path', { format: 'fta-assistant-rules', version: 1, exportedAt: 0, sites: [{ origin: `${PORTAL}/co`, rules: [nameRule] }] }],
    ['a file: origin', { format: 'fta-assistant-rules', version: 1, exportedAt: 0, sites: [{ origin: 'file://', rules: [nameRule] }] }],
    ['an unknown source', { format: 'fta-assistant-rules', version: 1, exportedAt: 0, sites: [{ origin: PORTAL, rules: [{ ...nameRule, source: 'enterprise.password' }] }] }],
    ['an empty selector', { format: 'fta-assistant-rules', version: 1, exportedAt: 0, sites: [{ origin: PORTAL, rules: [{ ...nameRule, selector: '' }] }] }],
    ['rules that are not a list', { format: 'fta-assistant-rules', version: 1, exportedAt: 0, sites: [{ origin: PORTAL, rules: {} }] }],
  ];

  it.each(invalidFiles)('rejects %s and changes nothing', async (_name, content) => {
    await addRule(OTHER, signerRule);
    const valid = { origin: PORTAL, rules: [nameRule] };
    const file = content as { sites: unknown[] };
    const withValidSite = { ...file, sites: [valid, ...file.sites] };
    const result = await importRules(JSON.stringify(withValidSite));
    expect(result.ok).toBe(false);
    expect(await listSiteRules()).toEqual([{ origin: OTHER, rules: [signerRule] }]);
  });

  it('rejects text that is not JSON', async () => {
    expect(await importRules('{ not json')).toEqual({ ok: false, problem: 'not-json', at: '' });
  });

  it('names the invalid path', async () => {
    const file = { format: 'fta-assistant-rules', version: 1, exportedAt: 0, sites: [{ origin: PORTAL, rules: [{ ...nameRule, source: 'x' }] }] };
    const result = await importRules(JSON.stringify(file));
    expect(result).toEqual({ ok: false, problem: 'invalid', at: 'sites.0.rules.0.source' });
  });

  it('rejects a file that would push a site past the maximum', async () => {
    const rules = Array.from({ length: MAX_RULES_PER_SITE }, (_unused, index) => ({ ...nameRule, selector: `#f${index}` }));
    await addRule(PORTAL, { ...nameRule, selector: '#existing' });
    const file = { format: 'fta-assistant-rules', version: 1, exportedAt: 0, sites: [{ origin: PORTAL, rules }] };
    expect((await importRules(JSON.stringify(file))).ok).toBe(false);
    expect(await readRules(PORTAL)).toHaveLength(1);
  });
});
