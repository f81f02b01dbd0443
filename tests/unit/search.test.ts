import { describe, expect, it } from 'vitest';
import {
  agreementEntries,
  countryEntries,
  ruleEntries,
  standardCodeEntries,
} from '@/utils/search/entries';
import { buildSearchIndex, searchIndex } from '@/utils/search/index';
import type { SearchEntry, SearchHit, SearchKind } from '@/utils/search/types';
import {
  AGREEMENT_COUNTRIES,
  COUNTRIES,
  CUSTOMS_DISTRICTS,
  RULES,
  TRADE_MODES,
} from './search-fixtures';

const ENTRIES: SearchEntry[] = [
  ...countryEntries(COUNTRIES),
  ...agreementEntries(AGREEMENT_COUNTRIES),
  ...ruleEntries(RULES),
  ...standardCodeEntries('customs-district', CUSTOMS_DISTRICTS),
  ...standardCodeEntries('trade-mode', TRADE_MODES),
];
const INDEX = buildSearchIndex(ENTRIES);

/** Short labels such as `country:日本`, `agreement:rcep:日本`, `rule:610910`. */
function label(entry: SearchEntry): string {
  switch (entry.kind) {
    case 'country':
      return `country:${entry.nameZh}`;
    case 'agreement':
      return `agreement:${entry.agreementCode}:${entry.nameZh}`;
    case 'rule':
      return `rule:${entry.hsCode}`;
    case 'standard':
      return `standard:${entry.table}:${entry.code}`;
  }
}

function search(query: string, limit = 100, kinds?: SearchKind[]): string[] {
  return searchIndex(INDEX, query, { limit, kinds }).map((hit) => label(hit.entry));
}

function hits(query: string, limit = 100): SearchHit[] {
  return searchIndex(INDEX, query, { limit });
}

describe('searchIndex country look-up', () => {
  it.each([
    'rb',
    'riben',
    'RiBen',
    'ri ben',
    'rib',
    '日本',
    'JP',
    'jp',
    'jpn',
    'JPN',
    '116',
    'japan',
    'Japan',
    'ＪＰ',
    'ｊａｐａｎ',
    '１１６',
  ])('finds 日本 first for %j', (query) => {
    const labels = search(query);

    expect(labels[0]).toBe('country:日本');
  });

  it('lists the agreement row of 日本 right after the country', () => {
    expect(search('日本')).toEqual(['country:日本', 'agreement:rcep:日本']);
  });

  it('ranks exact ISO above pinyin initials for mg', () => {
    const labels = search('mg');

    expect(labels[0]).toBe('country:马达加斯加');
    expect(labels.slice(1, 3).sort()).toEqual(['country:美国', 'country:蒙古']);
    expect(labels).toContain('agreement:apta:蒙古');
  });

  it('finds countries by pinyin initials prefix', () => {
    expect(search('mgd')).toEqual([]);
    expect(search('xj')[0]).toBe('country:新加坡');
    expect(search('xjp')[0]).toBe('country:新加坡');
  });

  it.each([
    ['shate', '沙特阿拉伯'],
    ['shatealabo', '沙特阿拉伯'],
    ['stalb', '沙特阿拉伯'],
    ['egua', '厄瓜多尔'],
    ['eguaduoer', '厄瓜多尔'],
    ['zhade', '乍得'],
    ['zd', '乍得'],
    ['hongdulasi', '洪都拉斯'],
    ['bilu', '秘鲁'],
    ['milu', '秘鲁'],
    ['feilvbin', '菲律宾'],
    ['feilubin', '菲律宾'],
    ['feilübin', '菲律宾'],
    ['flb', '菲律宾'],
    ['xianggang', '中国香港'],
    ['beimaqidun', '北马其顿共和国'],
  ])('reads polyphones in %j as %s', (query, name) => {
    expect(search(query)[0]).toBe(`country:${name}`);
  });

  it('ranks first-syllable pinyin higher', () => {
    const labels = search('jia', 100, ['country']);

    // 加蓬 jia peng and 柬埔寨 jian pu zhai start with it; 马达加斯加 ends on the
    // syllable jia; 新加坡 xin jia po has it in the middle.
    expect(labels.slice(0, 4)).toEqual([
      'country:加蓬',
      'country:柬埔寨',
      'country:马达加斯加',
      'country:新加坡',
    ]);
  });

  it('skips punctuation in pinyin of bracketed names', () => {
    expect(search('yazhouqita')).toEqual(['country:亚洲其他国家（地区）']);
  });

  it('matches English word prefixes and substrings', () => {
    expect(search('korea')).toEqual([
      'country:朝鲜',
      'country:韩国',
      'agreement:rcep:韩国',
      'agreement:apta:韩国',
    ]);
    expect(search('kingdom')).toEqual(['country:英国']);
    expect(search('ingdo')).toEqual(['country:英国']);
  });

  it('matches Chinese name substrings', () => {
    expect(search('香港')).toEqual(['country:中国香港']);
    expect(search('中国').slice(0, 2)).toEqual(['country:中国', 'country:中国香港']);
  });

  it('finds customs codes by prefix', () => {
    const labels = search('10', 100, ['country']);

    expect(labels.sort()).toEqual([
      'country:孟加拉国',
      'country:朝鲜',
      'country:柬埔寨',
      'country:阿富汗',
    ]);
  });

  it('ranks an exact customs code above code prefixes', () => {
    expect(search('1', 100, ['country'])).toHaveLength(16);
    expect(search('142')).toEqual(['country:中国']);
  });

  it('matches ISO alpha-2 and alpha-3 only as a whole code', () => {
    expect(search('de')[0]).toBe('country:德国');
    expect(search('deu')).toEqual(['country:德国']);
    expect(search('deut')).toEqual([]);
  });
});

describe('searchIndex agreement rows', () => {
  it('finds every row of a certificate type', () => {
    const labels = search('RCEP');

    expect(labels).toHaveLength(10);
    expect(labels.every((item) => item.startsWith('agreement:rcep:'))).toBe(true);
  });

  it('ranks FORM E rows above other FORM rows', () => {
    const labels = search('FORM E');

    expect(labels.slice(0, 6).every((item) => item.startsWith('agreement:china-asean:'))).toBe(
      true,
    );
    expect(labels.slice(6)).toEqual(
      expect.arrayContaining(['agreement:china-peru:秘鲁', 'agreement:apta:韩国']),
    );
  });

  it('finds rows by Chinese agreement name', () => {
    const labels = search('东盟');

    expect(labels).toHaveLength(6);
    expect(labels.every((item) => item.startsWith('agreement:china-asean:'))).toBe(true);
  });

  it('finds rows by English agreement name and code', () => {
    expect(search('bangkok').sort()).toEqual(['agreement:apta:蒙古', 'agreement:apta:韩国']);
    expect(search('china-peru')).toEqual(['agreement:china-peru:秘鲁']);
  });

  it('matches every word of a multi-word query', () => {
    expect(search('RCEP 日本')).toEqual(['agreement:rcep:日本']);
    expect(search('东盟 mlxy')).toEqual(['agreement:china-asean:马来西亚']);
  });
});

describe('searchIndex rules', () => {
  it('finds HS code prefixes, shorter codes first', () => {
    const labels = search('6109');

    expect(labels.slice(0, 3)).toEqual(['rule:610900', 'rule:610910', 'rule:610990']);
    expect(labels.slice(3)).toEqual(['rule:61091000', 'rule:61099010']);
  });

  it.each(['6109.10', '610910', '6109 10', '６１０９．１０', ' 6109.10 '])(
    'ranks the rule of %j above rules that cover it',
    (query) => {
      expect(search(query)).toEqual(['rule:610910', 'rule:610900', 'rule:61091000']);
    },
  );

  it('finds eight-digit codes with dots', () => {
    expect(search('6109.1000')).toEqual(['rule:61091000']);
    expect(search('6109.9010')).toEqual(['rule:61099010']);
  });

  it('finds rules by Chinese description words', () => {
    // In 851713 the words follow a dash, so they start a word there.
    expect(search('智能手机')).toEqual(['rule:851713', 'rule:851700']);
    expect(search('棉制')).toEqual(['rule:610910', 'rule:61091000', 'rule:611020']);
  });

  it('requires every word of a multi-word query', () => {
    const labels = search('针织 棉');

    expect(labels.sort()).toEqual(['rule:610910', 'rule:61091000', 'rule:611020']);
  });

  it('returns nothing when one word matches nothing', () => {
    expect(search('针织 羊毛')).toEqual([]);
  });

  it('finds rules by criterion text', () => {
    expect(search('区域价值成分').sort()).toEqual([
      'rule:847100',
      'rule:847130',
      'rule:847150',
      'rule:851700',
      'rule:851713',
    ]);
    expect(search('完全获得')).toEqual(['rule:030211']);
  });
});

describe('searchIndex standard codes', () => {
  it('finds codes by exact code and prefix', () => {
    expect(search('0110')).toEqual(['standard:trade-mode:0110']);
    expect(search('22', 10, ['standard'])).toEqual([
      'standard:customs-district:2200',
      'standard:customs-district:2233',
    ]);
  });

  it('finds codes by name substring', () => {
    expect(search('机场')).toEqual(['standard:customs-district:2233']);
    expect(search('海关')).toHaveLength(3);
  });
});

describe('searchIndex ranking', () => {
  it('orders exact, prefix, pinyin, then substring', () => {
    const labels = search('de');

    // ISO DE, English prefix Denmark, pinyin zha de, substring Bangladesh
    expect(labels.indexOf('country:德国')).toBe(0);
    expect(labels.indexOf('country:丹麦')).toBe(1);
    expect(labels.indexOf('country:乍得')).toBe(2);
    expect(labels.indexOf('country:孟加拉国')).toBeGreaterThan(2);
    expect(hits('de')[2]?.score).toBeGreaterThan(
      hits('de')[labels.indexOf('country:孟加拉国')]?.score ?? Infinity,
    );
  });

  it('returns scores that never increase', () => {
    for (const query of ['de', 'mg', '6109', '棉', 'form', 'a', '1']) {
      const scores = hits(query).map((hit) => hit.score);

      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('orders equal matches by kind', () => {
    const entries: SearchEntry[] = [
      {
        kind: 'rule',
        id: 1,
        hsCode: '090210',
        tariffChapter: '09',
        tariffCodeList: '0902.10',
        cargoDesc: '样品',
        criterion: '',
        isStar: false,
      },
      { kind: 'standard', table: 'trade-mode', code: '3010', name: '样品', nameEn: '' },
      {
        kind: 'agreement',
        agreementCode: 'rcep',
        agreementNameZh: '',
        agreementNameEn: '',
        certificateType: '',
        customsCode: '',
        iso2: '',
        nameZh: '样品',
        nameEn: '',
      },
      { kind: 'country', customsCode: '', iso2: '', iso3: '', nameZh: '样品', nameEn: '' },
    ];
    const index = buildSearchIndex(entries);

    const kinds = searchIndex(index, '样品', { limit: 10 }).map((hit) => hit.entry.kind);

    expect(kinds).toEqual(['country', 'agreement', 'standard', 'rule']);
  });

  it('breaks ties by shorter name, then input order', () => {
    const rule = (id: number, cargoDesc: string): SearchEntry => ({
      kind: 'rule',
      id,
      hsCode: '950300',
      tariffChapter: '95',
      tariffCodeList: '9503.00',
      cargoDesc,
      criterion: '',
      isStar: false,
    });
    const index = buildSearchIndex([
      rule(1, '玩具及零件'),
      rule(2, '玩具'),
      rule(3, '玩偶及玩具'),
      rule(4, '玩偶及玩具'),
    ]);

    const ids = searchIndex(index, '9503', { limit: 10 }).map((hit) =>
      hit.entry.kind === 'rule' ? hit.entry.id : -1,
    );

    expect(ids).toEqual([2, 1, 3, 4]);
  });
});

describe('searchIndex options', () => {
  it('keeps only the requested kinds', () => {
    expect(search('日本', 10, ['agreement'])).toEqual(['agreement:rcep:日本']);
    expect(search('日本', 10, ['rule', 'standard'])).toEqual([]);
    expect(search('日本', 10, [])).toEqual([]);
  });

  it('caps the hits at the limit', () => {
    expect(search('a', 3)).toHaveLength(3);
    expect(search('a', 1)).toEqual([search('a', 100)[0]]);
    expect(search('a', 0)).toEqual([]);
  });

  it.each(['', ' ', '\u3000', '\t\n'])('returns nothing for %j', (query) => {
    expect(search(query)).toEqual([]);
  });

  it('returns the same hits when the query is repeated', () => {
    const first = search('棉');

    search('6');
    expect(search('棉')).toEqual(first);
  });
});
