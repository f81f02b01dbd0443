import { describe, expect, it } from 'vitest';
import { makeOrgCode, makeResidentId, makeUscc } from '../sandbox/data/code-makers';
import { parseCsv } from '../sandbox/data/csv';
import { generateRules } from '../sandbox/data/customs-122';
import { isValidOrgCode, isValidResidentId, isValidUscc } from '../../utils/validation/codes';

describe('parseCsv', () => {
  it('reads quoted commas and quotes', () => {
    const rows = parseCsv('code,name\r\n110,"Hong Kong, China"\r\n999,"say ""hi"""\r\n');

    expect(rows).toEqual([
      { code: '110', name: 'Hong Kong, China' },
      { code: '999', name: 'say "hi"' },
    ]);
  });

  it('reads a last row without line end', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([{ a: '1', b: '2' }]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,b,c\n1,,\n')).toEqual([{ a: '1', b: '', c: '' }]);
  });

  it('strips a byte order mark', () => {
    expect(Object.keys(parseCsv('\uFEFFa\n1\n')[0] ?? {})).toEqual(['a']);
  });

  it('rejects a row with the wrong field count', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/row 2 has 3 fields/);
  });

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(/quoted field/);
  });
});

describe('code makers', () => {
  it('build codes that validate', () => {
    const orgCode = makeOrgCode('MA1MX4K7');
    const uscc = makeUscc('91', '320506', orgCode);
    const residentId = makeResidentId('320506', '19851206', '315');

    expect(isValidOrgCode(orgCode)).toBe(true);
    expect(isValidUscc(uscc)).toBe(true);
    expect(uscc.slice(8, 17)).toBe(orgCode);
    expect(isValidResidentId(residentId)).toBe(true);
  });

  it('reproduce the fixture codes', () => {
    expect(makeOrgCode('MA2H7Q8X')).toBe('MA2H7Q8X6');
    expect(makeUscc('91', '330203', 'MA2H7Q8X6')).toBe('91330203MA2H7Q8X6N');
    expect(makeResidentId('330203', '19900101', '123')).toBe('330203199001011236');
  });

  it('throw on malformed bodies', () => {
    expect(() => makeOrgCode('short')).toThrow(/malformed/);
    expect(() => makeUscc('91', '3302O3', 'MA2H7Q8X6')).toThrow(/malformed/);
    expect(() => makeResidentId('33020', '19900101', '123')).toThrow(/malformed/);
  });
});

describe('generateRules', () => {
  it('expands a heading into heading, subheading and line rules', () => {
    const rules = generateRules([
      [
        '6109',
        'T恤衫',
        'CC',
        ['610910 棉制', '610990 其他 @CTH'],
        { star: true, lines: [['10', '男式']] },
      ],
    ]);

    expect(rules.map((rule) => rule.hsCode)).toEqual([
      '610900',
      '610910',
      '61091010',
      '610990',
      '61099010',
    ]);
    expect(rules.map((rule) => rule.id)).toEqual([1, 2, 3, 4, 5]);
    expect(rules[0]?.tariffCodeList).toBe('6109.10,6109.90');
    expect(rules[2]).toMatchObject({
      tariffCodeList: '6109.1010',
      cargoDesc: 'T恤衫－棉制（男式）',
    });
    expect(rules[3]?.materialChangeCriteria).toBe('CTH');
    expect(rules[4]?.materialChangeCriteria).toBe('CTH');
    expect(rules.every((rule) => rule.isStar && rule.tariffChapter === '61')).toBe(true);
  });

  it('adds 00 lines by default', () => {
    const rules = generateRules([['0902', '茶', 'CC', ['090210 绿茶']]]);

    expect(rules.map((rule) => rule.hsCode)).toEqual(['090200', '090210', '09021000']);
  });

  it('skips the heading rule when a subheading has its code', () => {
    const rules = generateRules([['9503', '玩具', 'CTH', ['950300 玩具']]]);

    expect(rules.map((rule) => rule.hsCode)).toEqual(['950300', '95030000']);
  });

  it('rejects a subheading outside its heading', () => {
    expect(() => generateRules([['6109', 'T恤衫', 'CC', ['611010 毛衣']]])).toThrow(
      /not under heading 6109/,
    );
  });

  it('rejects a heading without subheadings', () => {
    expect(() => generateRules([['6109', 'T恤衫', 'CC', []]])).toThrow(/no subheadings/);
  });
});
