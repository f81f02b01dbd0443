import { describe, expect, it } from 'vitest';
import {
  isValidOrgCode,
  isValidResidentId,
  isValidUscc,
  orgCodeCheckChar,
  residentIdCheckDigit,
  usccCheckChar,
} from '../../utils/validation/codes';

// Published examples: the resident ID is the sample printed in GB 11643-1999; the other two
// appear on the national enterprise credit information system and in many filing guides.
const SAMPLE_RESIDENT_ID = '11010519491231002X';
const SAMPLE_USCC = '91350100M000100Y43';
const SAMPLE_ORG_CODE = 'M000100Y4';

describe('usccCheckChar', () => {
  it('computes the published sample check character', () => {
    expect(usccCheckChar(SAMPLE_USCC.slice(0, 17))).toBe('3');
  });

  it('returns undefined for a body with a letter the alphabet excludes', () => {
    expect(usccCheckChar('91350100M0001O0Y4')).toBeUndefined();
  });

  it('returns undefined for a non-digit region code', () => {
    expect(usccCheckChar('9135A100M000100Y4')).toBeUndefined();
  });

  it('returns undefined for a short body', () => {
    expect(usccCheckChar('91350100M000100Y')).toBeUndefined();
  });
});

describe('isValidUscc', () => {
  it('accepts the published sample', () => {
    expect(isValidUscc(SAMPLE_USCC)).toBe(true);
  });

  it('rejects every wrong check character', () => {
    const body = SAMPLE_USCC.slice(0, 17);
    const wrong = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('').filter((char) => char !== '3');
    for (const char of wrong) {
      expect(isValidUscc(body + char), char).toBe(false);
    }
  });

  it('rejects a single changed character', () => {
    expect(isValidUscc('91350100M000200Y43')).toBe(false);
  });

  it('rejects lower case', () => {
    expect(isValidUscc(SAMPLE_USCC.toLowerCase())).toBe(false);
  });

  it('rejects wrong lengths', () => {
    expect(isValidUscc('')).toBe(false);
    expect(isValidUscc(SAMPLE_USCC + '0')).toBe(false);
  });
});

describe('orgCodeCheckChar', () => {
  it('computes the check character of the sample', () => {
    expect(orgCodeCheckChar(SAMPLE_ORG_CODE.slice(0, 8))).toBe('4');
  });

  it('maps a remainder of 10 to X and of 11 to 0', () => {
    // Weights are 3,7,9,10,5,8,4,2: 00000001 sums to 2 (11 - 2 = 9), 00000000 to 0 (11 → 0)
    // and 40000000 to 12 (11 - 1 = 10 → X).
    expect(orgCodeCheckChar('00000001')).toBe('9');
    expect(orgCodeCheckChar('00000000')).toBe('0');
    expect(orgCodeCheckChar('40000000')).toBe('X');
  });

  it('returns undefined for malformed bodies', () => {
    expect(orgCodeCheckChar('0000000')).toBeUndefined();
    expect(orgCodeCheckChar('0000000a')).toBeUndefined();
  });
});

describe('isValidOrgCode', () => {
  it('accepts the sample with and without hyphen', () => {
    expect(isValidOrgCode(SAMPLE_ORG_CODE)).toBe(true);
    expect(isValidOrgCode('M000100Y-4')).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(isValidOrgCode('M000100Y5')).toBe(false);
  });

  it('rejects a hyphen in the wrong place', () => {
    expect(isValidOrgCode('M000100-Y4')).toBe(false);
  });
});

describe('residentIdCheckDigit', () => {
  it('computes X for the standard sample', () => {
    expect(residentIdCheckDigit(SAMPLE_RESIDENT_ID.slice(0, 17))).toBe('X');
  });

  it('returns undefined for non-digits', () => {
    expect(residentIdCheckDigit('1101051949123100A')).toBeUndefined();
  });
});

describe('isValidResidentId', () => {
  it('accepts the standard sample', () => {
    expect(isValidResidentId(SAMPLE_RESIDENT_ID)).toBe(true);
  });

  it('rejects a lower-case x', () => {
    expect(isValidResidentId(SAMPLE_RESIDENT_ID.toLowerCase())).toBe(false);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });

  it('rejects an impossible birth date with a matching check digit', () => {
    const body = '11010519490230002';
    const id = body + String(residentIdCheckDigit(body));
    expect(isValidResidentId(id)).toBe(false);
  });

  it('accepts 29 February of a leap year', () => {
    const body = '11010520000229002';
    expect(isValidResidentId(body + String(residentIdCheckDigit(body)))).toBe(true);
  });

  it('rejects the old 15-digit form', () => {
    expect(isValidResidentId('110105491231002')).toBe(false);
  });
});
