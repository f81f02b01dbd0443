/** Finding the entries of one kind that match one query term, through the lookup tables. */
import type { KindTables } from './build';
import { scanHaystack } from './haystack';
import type { QueryTerm } from './query';
import { type ScoreBuffer, raiseScore } from './score-buffer';
import { EXACT_MATCH, codeScore, pinyinScore } from './scoring';
import { type SortedKeys, lowerBound } from './sorted-keys';

/** Raises each matching entry in `buffer` to its best score over all of its keys. */
export function collectMatches(
  tables: KindTables,
  term: QueryTerm,
  buffer: ScoreBuffer,
): void {
  collectText(tables, term.text, buffer);
  if (term.code !== '') {
    collectCodes(tables, tables.codes, false, term.code, buffer);
    collectCodes(tables, tables.coveredCodes, true, term.code, buffer);
    collectExact(tables, term.code, buffer);
  }
  if (term.spelling !== '') {
    collectPinyin(tables, tables.pinyinStart, true, term.spelling, buffer);
    collectPinyin(tables, tables.pinyinInner, false, term.spelling, buffer);
  }
}

function collectText(tables: KindTables, text: string, buffer: ScoreBuffer): void {
  scanHaystack(tables.haystack, text, (id, score) => {
    raiseScore(buffer, id, score + tables.rank);
  });
}

function collectCodes(
  tables: KindTables,
  sorted: SortedKeys,
  covered: boolean,
  code: string,
  buffer: ScoreBuffer,
): void {
  const { keys, ids } = sorted;
  for (let index = lowerBound(keys, code); index < keys.length; index++) {
    const score = codeScore(keys[index] ?? '', code, covered);
    if (score === 0) return;
    raiseScore(buffer, ids[index] ?? 0, score + tables.rank);
  }
}

function collectExact(tables: KindTables, code: string, buffer: ScoreBuffer): void {
  const ids = tables.exact.get(code);
  if (!ids) return;
  const score = EXACT_MATCH + tables.rank;
  for (const id of ids) raiseScore(buffer, id, score);
}

function collectPinyin(
  tables: KindTables,
  sorted: SortedKeys,
  atStart: boolean,
  spelling: string,
  buffer: ScoreBuffer,
): void {
  const { keys, ids } = sorted;
  for (let index = lowerBound(keys, spelling); index < keys.length; index++) {
    const score = pinyinScore(keys[index] ?? '', atStart, spelling);
    if (score === 0) return;
    raiseScore(buffer, ids[index] ?? 0, score + tables.rank);
  }
}
