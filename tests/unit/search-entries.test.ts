import { describe, expect, it } from 'vitest';
import type { Country } from '@/utils/api/schemas';
import {
  agreementEntries,
  countryEntries,
  ruleEntries,
  standardCodeEntries,
} from '@/utils/search/entries';
import { ISO_ALPHA3 } from '@/utils/search/iso-alpha3';
import { pinyinKeys } from '@/utils/search/pinyin-keys';
import { AGREEMENT_COUNTRIES, RULES, TRADE_MODES } from './search-fixtures';

function country(overrides: Partial<Country>): Country {
  return {
    countryNameChinese: '日本',
    countryNameEnglish: 'Japan',
    countryCode: 'JP',
    customsCountryCode: '116',
    transportPortDtoList: [],
    ...overrides,
  };
}

describe('countryEntries', () => {
  it('joins ISO alpha-3 from the code table', () => {
    const [entry] = countryEntries([country({})]);

    expect(entry).toEqual({
      kind: 'country',
      customsCode: '116',
      iso2: 'JP',
      iso3: 'JPN',
      nameZh: '日本',
      nameEn: 'Japan',
    });
  });

  it('normalizes ISO alpha-2 case and spaces', () => {
    const [entry] = countryEntries([country({ countryCode: ' jp ' })]);

    expect(entry?.iso2).toBe('JP');
    expect(entry?.iso3).toBe('JPN');
  });

  it('leaves alpha-3 empty for codes not in the table', () => {
    const [other, unknown] = countryEntries([
      country({
        countryCode: '',
        customsCountryCode: '199',
        countryNameChinese: '亚洲其他国家（地区）',
      }),
      country({ countryCode: 'XK', customsCountryCode: '998' }),
    ]);

    expect(other?.iso3).toBe('');
    expect(unknown?.iso3).toBe('');
  });

  it('drops missing and repeated customs codes', () => {
    const entries = countryEntries([
      country({}),
      country({ customsCountryCode: '' }),
      country({ countryNameChinese: '日本国' }),
      country({ customsCountryCode: '133', countryCode: 'KR', countryNameChinese: '韩国' }),
    ]);

    expect(entries.map((entry) => entry.nameZh)).toEqual(['日本', '韩国']);
  });
});

describe('agreementEntries', () => {
  it('maps partner rows field by field', () => {
    const entries = agreementEntries(AGREEMENT_COUNTRIES);

    expect(entries).toHaveLength(AGREEMENT_COUNTRIES.length);
    expect(entries).toContainEqual({
      kind: 'agreement',
      agreementCode: 'rcep',
      agreementNameZh: '区域全面经济伙伴关系协定',
      agreementNameEn: 'Regional Comprehensive Economic Partnership (RCEP)',
      certificateType: 'RCEP',
      customsCode: '116',
      iso2: 'JP',
      nameZh: '日本',
      nameEn: 'Japan',
    });
  });
});

describe('ruleEntries', () => {
  it('reads the criterion from materialChangeCriteria', () => {
    const [entry] = ruleEntries(RULES);

    expect(entry).toEqual({
      kind: 'rule',
      id: 1,
      hsCode: '610900',
      tariffChapter: '61',
      tariffCodeList: '6109.10,6109.90',
      cargoDesc: '针织或钩编的T恤衫、汗衫及其他背心',
      criterion: '章改变',
      isStar: false,
    });
  });
});

describe('standardCodeEntries', () => {
  it('tags each code with its table', () => {
    const entries = standardCodeEntries('trade-mode', TRADE_MODES);

    expect(entries[0]).toEqual({
      kind: 'standard',
      table: 'trade-mode',
      code: '0110',
      name: '一般贸易',
      nameEn: 'General Trade',
    });
  });
});

describe('ISO_ALPHA3', () => {
  it('maps well-formed codes', () => {
    for (const [alpha2, alpha3] of ISO_ALPHA3) {
      expect(alpha2).toMatch(/^[A-Z]{2}$/);
      expect(alpha3).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('contains the codes of Greater China', () => {
    expect(ISO_ALPHA3.get('CN')).toBe('CHN');
    expect(ISO_ALPHA3.get('HK')).toBe('HKG');
    expect(ISO_ALPHA3.get('MO')).toBe('MAC');
    expect(ISO_ALPHA3.get('TW')).toBe('TWN');
  });
});

describe('pinyinKeys', () => {
  it('spells full pinyin and initials from each syllable', () => {
    const keys = pinyinKeys('日本');

    expect(keys).toEqual(
      expect.arrayContaining([
        { text: 'riben', atStart: true },
        { text: 'rb', atStart: true },
        { text: 'ben', atStart: false },
        { text: 'b', atStart: false },
      ]),
    );
    expect(keys).toHaveLength(4);
  });

  it('skips characters other than Han', () => {
    const texts = pinyinKeys('刚果（布）').map((key) => key.text);

    expect(texts).toContain('gangguobu');
    expect(texts).toContain('ggb');
  });

  it('returns no keys for a name without Han characters', () => {
    expect(pinyinKeys('Other Asia nes')).toEqual([]);
  });

  it('spells ü as v and as u', () => {
    const texts = pinyinKeys('菲律宾').map((key) => key.text);

    expect(texts).toContain('feilvbin');
    expect(texts).toContain('feilubin');
  });

  it('adds the corrected reading of 洪都拉斯', () => {
    const texts = pinyinKeys('洪都拉斯').map((key) => key.text);

    expect(texts).toContain('hongdulasi');
  });
});
