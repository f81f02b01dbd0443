/** Scoring one entry against one query term directly from its keys, without the tables. */
import type { EntryKeys } from './entry-keys';
import type { QueryTerm } from './query';
import {
  bestTextScore,
  codeScore,
  exactScore,
  pinyinScore,
} from './scoring';

/**
 * Returns the entry's best score for `term` without the kind rank, or 0 when nothing
 * matches. Gives the same score as the table lookups in `collect.ts`.
 */
export function scoreEntry(keys: EntryKeys, term: QueryTerm): number {
  let best = 0;
  for (const key of keys.text) best = Math.max(best, bestTextScore(key, term.text));
  if (term.code !== '') {
    for (const key of keys.codes) {
      best = Math.max(best, codeScore(key, term.code, false));
    }
    for (const key of keys.coveredCodes) {
      best = Math.max(best, codeScore(key, term.code, true));
    }
    for (const key of keys.exact) best = Math.max(best, exactScore(key, term.code));
  }
  if (term.spelling !== '') {
    for (const key of keys.pinyin) {
      best = Math.max(best, pinyinScore(key.text, key.atStart, term.spelling));
    }
  }
  return best;
}
