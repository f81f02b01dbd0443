/**
 * Builders of well-formed registration codes for invented seed records: each appends the
 * check character that `utils/validation/codes` verifies.
 */
import {
  orgCodeCheckChar,
  residentIdCheckDigit,
  usccCheckChar,
} from '../../../utils/validation/codes';

/** Builds a 9-character organization code from its 8 body characters. */
export function makeOrgCode(body: string): string {
  return body + required(orgCodeCheckChar(body), `organization code body "${body}"`);
}

/**
 * Builds a unified social credit code from the registration authority and type (`91` for an
 * enterprise registered with market regulation), a 6-digit region code and a 9-character
 * organization code.
 */
export function makeUscc(authorityAndType: string, region: string, orgCode: string): string {
  const body = authorityAndType + region + orgCode;
  return body + required(usccCheckChar(body), `credit code body "${body}"`);
}

/**
 * Builds an 18-digit resident identity number from a 6-digit region code, a YYYYMMDD birth
 * date and a 3-digit sequence (odd for men, even for women).
 */
export function makeResidentId(region: string, birthDate: string, sequence: string): string {
  const body = region + birthDate + sequence;
  return body + required(residentIdCheckDigit(body), `identity number body "${body}"`);
}

function required(check: string | undefined, description: string): string {
  if (check === undefined) {
    throw new Error(`Cannot compute a check character: ${description} is malformed`);
  }
  return check;
}
