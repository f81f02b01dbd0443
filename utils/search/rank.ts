/**
 * Ordering of the matched entries. Each hit gets one number that sorts by score, then by
 * shorter name, then by lower entry id, so that ranking is a comparison of numbers.
 * The number is `score * 2^33 + (4095 - name length) * 2^21 + (2^21 - 1 - id)`, which
 * stays below 2^53 for scores under 2^20.
 */
import type { SearchIndex } from './build';
import type { ScoreBuffer } from './score-buffer';
import { largestValues } from './top-hits';
import type { SearchHit } from './types';

/** Entry ids must fit in 21 bits of the sort number. */
export const MAX_ENTRIES = 2 ** 21;
/** Names longer than this tie with each other on length. */
export const MAX_NAME_LENGTH = 2 ** 12 - 1;

const ID_SLOTS = MAX_ENTRIES;
const LENGTH_SLOTS = MAX_NAME_LENGTH + 1;

/** Returns the best `limit` hits of `buffer`, best first. */
export function rankHits(
  index: SearchIndex,
  buffer: ScoreBuffer,
  limit: number,
): SearchHit[] {
  const { scores, touched, count } = buffer;
  const order = index.scratch.order;
  for (let position = 0; position < count; position++) {
    const id = touched[position] ?? 0;
    const lengthSlot = MAX_NAME_LENGTH - (index.nameLengths[id] ?? 0);
    order[position] =
      (scores[id] ?? 0) * ID_SLOTS * LENGTH_SLOTS +
      lengthSlot * ID_SLOTS +
      (ID_SLOTS - 1 - id);
  }

  const hits: SearchHit[] = [];
  for (const value of largestValues(order, count, limit)) {
    const id = ID_SLOTS - 1 - (value % ID_SLOTS);
    const entry = index.entries[id];
    if (entry) hits.push({ entry, score: scores[id] ?? 0 });
  }
  return hits;
}
