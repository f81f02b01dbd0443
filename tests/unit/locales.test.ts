import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { API_ROUTES, type ApiRouteName } from '@/utils/api/paths';
import { describeError } from '@/utils/ui/describe-error';

type Messages = Record<string, { message: string }>;

function readMessages(locale: string): Messages {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
}

const LOCALES = { zh_CN: readMessages('zh_CN'), en: readMessages('en') };

/** Lists the `$1`, `$2`… placeholders of a message, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\$\d/g)].map((match) => match[0]).sort();
}

describe('locale messages', () => {
  it('have the same keys in both locales', () => {
    expect(Object.keys(LOCALES.zh_CN).sort()).toEqual(Object.keys(LOCALES.en).sort());
  });

  it.each(Object.keys(LOCALES.en))('%s has the same placeholders in both', (key) => {
    const english = LOCALES.en[key]?.message ?? '';
    const chinese = LOCALES.zh_CN[key]?.message ?? '';
    expect(english.trim()).not.toBe('');
    expect(chinese.trim()).not.toBe('');
    expect(placeholders(chinese)).toEqual(placeholders(english));
  });
});

describe('describeError', () => {
  it.each(Object.keys(API_ROUTES) as ApiRouteName[])('names route %s in Chinese', (route) => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) => {
      const values = [substitutions ?? []].flat();
      const text = LOCALES.zh_CN[key]?.message ?? '';
      return text.replace(/\$(\d)/g, (_match, digit: string) => values[Number(digit) - 1] ?? '');
    });
    const label = LOCALES.zh_CN[`route_${route}`]?.message;
    const sentence = describeError({ kind: 'server', route, status: 503 });
    expect(label).toBeDefined();
    expect(sentence).toContain(`（${label}，503）`);
    expect(sentence).not.toContain('route_');
    vi.restoreAllMocks();
  });
});
