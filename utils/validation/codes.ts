/**
 * Check characters of Chinese registration codes.
 *
 * - Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters; the last is a
 *   MOD 31 check character over the first 17.
 * - Organization code (组织机构代码), GB 11714-1997: 8 body characters plus a MOD 11 check
 *   character (`X` for 10). Characters 9–17 of a unified social credit code are one.
 * - Resident identity number (公民身份号码), GB 11643-1999: 17 digits plus an ISO 7064 MOD 11-2
 *   check digit (`X` for 10).
 *
 * The `…CheckChar` functions return `undefined` for a malformed body, and the `isValid…`
 * functions return false for any malformed input, so neither ever throws.
 */

/** Characters of a unified social credit code in value order; I, O, S, V and Z are unused. */
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_BODY = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{9}$/;

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_CODE_BODY = /^[0-9A-Z]{8}$/;

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_BODY = /^[1-9]\d{16}$/;

/**
 * Computes the GB 32100 check character for the first 17 characters of a unified social
 * credit code: registration authority and type (2), administrative region (6 digits) and
 * organization code (9).
 */
export function usccCheckChar(body: string): string | undefined {
  if (!USCC_BODY.test(body)) return undefined;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    sum += USCC_ALPHABET.indexOf(body.charAt(index)) * (USCC_WEIGHTS[index] ?? 0);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Computes the GB 11714 check character for the 8 body characters of an organization code. */
export function orgCodeCheckChar(body: string): string | undefined {
  if (!ORG_CODE_BODY.test(body)) return undefined;
  let sum = 0;
  for (let index = 0; index < 8; index++) {
    // Digits count as their value, letters as A=10 … Z=35.
    sum += parseInt(body.charAt(index), 36) * (ORG_CODE_WEIGHTS[index] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** Computes the ISO 7064 MOD 11-2 check digit for the first 17 digits of a resident ID. */
export function residentIdCheckDigit(body: string): string | undefined {
  if (!RESIDENT_ID_BODY.test(body)) return undefined;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    sum += Number(body.charAt(index)) * (RESIDENT_ID_WEIGHTS[index] ?? 0);
  }
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/**
 * Tells whether `code` is an 18-character unified social credit code with a valid check
 * character. The organization code inside it (characters 9–17) is not checked separately; use
 * `isValidOrgCode` for that.
 */
export function isValidUscc(code: string): boolean {
  if (code.length !== 18) return false;
  return usccCheckChar(code.slice(0, 17)) === code.charAt(17);
}

/**
 * Tells whether `code` is a 9-character organization code with a valid check character. The
 * printed form with a hyphen before the check character (`MA2H7Q8X-6`) is accepted too.
 */
export function isValidOrgCode(code: string): boolean {
  const plain =
    code.length === 10 && code.charAt(8) === '-' ? code.slice(0, 8) + code.charAt(9) : code;
  if (plain.length !== 9) return false;
  return orgCodeCheckChar(plain.slice(0, 8)) === plain.charAt(8);
}

/**
 * Tells whether `id` is an 18-character resident identity number with a real date of birth
 * (characters 7–14, YYYYMMDD, from 1900 on) and a valid check digit. Only the upper-case `X`
 * is accepted as check character, as printed on the card.
 */
export function isValidResidentId(id: string): boolean {
  if (id.length !== 18) return false;
  if (!isRealBirthDate(id.slice(6, 14))) return false;
  return residentIdCheckDigit(id.slice(0, 17)) === id.charAt(17);
}

function isRealBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
