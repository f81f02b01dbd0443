import { describe, expect, it } from 'vitest';
import english from '@/public/_locales/en/messages.json';
import chinese from '@/public/_locales/zh_CN/messages.json';
import { FILL_SOURCES, fillSourceSchema, sourceMessageKey } from '@/utils/worker/fill-sources';

describe('fill sources for taught rules', () => {
  it.each(FILL_SOURCES)('names %s in both languages', (source) => {
    const key = sourceMessageKey(source);
    expect(chinese).toHaveProperty(key);
    expect(english).toHaveProperty(key);
  });

  it('lists every source once', () => {
    expect(new Set(FILL_SOURCES).size).toBe(FILL_SOURCES.length);
    expect(FILL_SOURCES).toContain('enterprise.enterpriseCnName');
    expect(FILL_SOURCES).toContain('signer.name');
    expect(FILL_SOURCES).toContain('destinationCountry');
  });

  it.each(['enterprise.password', 'signer', 'destinationCountry.code', '', 7])('rejects source %j', (value) => {
    expect(fillSourceSchema.safeParse(value).success).toBe(false);
  });
});
