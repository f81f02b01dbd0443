/** Normal forms shared by index keys and queries, so both sides compare equal. */

/**
 * Folds full-width forms, compatibility characters and case (`ＪＰ` → `jp`, `（` → `(`), and
 * collapses runs of whitespace to one space.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Strips the dots and spaces that codes are written with, so `6109.10`, `6109 10` and
 * `610910` become one key. Expects text from `normalizeText`.
 */
export function compactCode(normalized: string): string {
  return normalized.replace(/[. ]/g, '');
}
