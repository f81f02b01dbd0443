/**
 * Match scores. A score is `tier * 100 + grade * 10 + kind rank`. The tier is the kind of
 * match (exact, prefix, pinyin, substring) and the grade (0–9) orders matches inside a
 * tier. The kind rank (0–3, added by the caller) puts countries above agreement rows
 * above standard codes above rules when tier and grade are equal. Zero means no match.
 */
export const Tier = {
  substring: 1,
  pinyin: 2,
  prefix: 3,
  exact: 4,
} as const;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function matchScore(tier: number, grade: number): number {
  return tier * 100 + grade * 10;
}

/** Score of a whole name, code or ISO code equal to the query. */
export const EXACT_MATCH = matchScore(Tier.exact, 1);
export const SUBSTRING_MATCH = matchScore(Tier.substring, 0);

/**
 * Scores one occurrence of a term in a text key: the whole key, the key's start, a word's
 * start, or anywhere else. `previous` is the UTF-16 unit before the occurrence, unused
 * when `at` is 0.
 */
export function occurrenceScore(
  at: number,
  keyLength: number,
  termLength: number,
  previous: number,
): number {
  if (at === 0) {
    return keyLength === termLength ? EXACT_MATCH : matchScore(Tier.prefix, 2);
  }
  return isWordCharacter(previous) ? SUBSTRING_MATCH : matchScore(Tier.prefix, 1);
}

/** Tests a UTF-16 unit for a letter or digit, with fast paths for ASCII and common Han. */
function isWordCharacter(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
  }
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return WORD_CHARACTER.test(String.fromCharCode(code));
}

/** Returns the best score over all occurrences of `term` in `key`, or 0 when there is none. */
export function bestTextScore(key: string, term: string): number {
  if (term === '') return 0;
  let best = 0;
  for (let at = key.indexOf(term); at >= 0; at = key.indexOf(term, at + 1)) {
    const previous = key.charCodeAt(at - 1);
    best = Math.max(best, occurrenceScore(at, key.length, term.length, previous));
    if (best > SUBSTRING_MATCH) return best;
  }
  return best;
}

/**
 * Scores a code key against a compact code query, ranking shorter remainders higher. A
 * code the entry only covers (a rule's tariff code list) ranks below the entry's own code.
 */
export function codeScore(key: string, code: string, covered: boolean): number {
  if (key === code) return covered ? matchScore(Tier.exact, 0) : EXACT_MATCH;
  if (!key.startsWith(code)) return 0;
  const remainder = Math.min(key.length - code.length, 6);
  return matchScore(Tier.prefix, 9 - remainder);
}

export function exactScore(key: string, code: string): number {
  return key === code ? EXACT_MATCH : 0;
}

/**
 * Scores a pinyin key against a spelling. Keys from the name's first syllable rank above
 * keys from a later one, and a whole key above a prefix of it.
 */
export function pinyinScore(
  key: string,
  atStart: boolean,
  spelling: string,
): number {
  if (!key.startsWith(spelling)) return 0;
  const whole = key.length === spelling.length ? 1 : 0;
  return matchScore(Tier.pinyin, (atStart ? 3 : 1) + whole);
}
