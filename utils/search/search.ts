/** Query evaluation over the index. */
import type { KindTables, SearchIndex } from './build';
import { collectMatches } from './collect';
import { KIND_RANK } from './entry-keys';
import { scoreEntry } from './match-entry';
import { type QueryTerm, parseQuery } from './query';
import { rankHits } from './rank';
import { clearScores, raiseScore } from './score-buffer';
import type { SearchHit, SearchOptions } from './types';

/**
 * Returns up to `options.limit` hits for `query`, best first. The query matches as a
 * whole (`form e`, `ri ben`, `united states`). A query of several words also matches
 * entries that contain every word, each matched on any key, scored by the weakest word.
 * An empty query, a limit below 1 or an empty `kinds` list returns no hits.
 */
export function searchIndex(
  index: SearchIndex,
  query: string,
  options: SearchOptions,
): SearchHit[] {
  const limit = Math.floor(options.limit);
  const parsed = parseQuery(query);
  if (!(limit >= 1) || !parsed) return [];

  const kinds = options.kinds;
  const tables = kinds
    ? index.tables.filter((table) => kinds.includes(table.kind))
    : index.tables;
  const { whole, word } = index.scratch;
  try {
    for (const table of tables) collectMatches(table, parsed.whole, whole);
    if (parsed.words.length > 0) collectAllWords(index, tables, parsed.words);
    return rankHits(index, whole, limit);
  } finally {
    clearScores(whole);
    clearScores(word);
  }
}

/**
 * Finds the entries that match the longest word through the tables, then checks the
 * other words against each of those entries' keys.
 */
function collectAllWords(
  index: SearchIndex,
  tables: readonly KindTables[],
  words: readonly QueryTerm[],
): void {
  const [anchor, ...others] = [...words].sort(
    (a, b) => b.text.length - a.text.length,
  );
  if (!anchor) return;
  const { whole, word } = index.scratch;
  for (const table of tables) collectMatches(table, anchor, word);

  for (let position = 0; position < word.count; position++) {
    const id = word.touched[position] ?? 0;
    const entry = index.entries[id];
    const keys = index.keys[id];
    if (!entry || !keys) continue;
    const rank = KIND_RANK[entry.kind];
    let score = (word.scores[id] ?? 0) - rank;
    for (const other of others) {
      score = Math.min(score, scoreEntry(keys, other));
      if (score === 0) break;
    }
    if (score > 0) raiseScore(whole, id, score + rank);
  }
}
