/**
 * Text keys of many entries joined into one string, so that one `indexOf` pass finds a
 * term in all of them. On Node 20, scanning 40,000 joined rule keys for one character
 * took about half the time of calling `indexOf` on each key string.
 */
import { SUBSTRING_MATCH, occurrenceScore } from './scoring';

export interface Haystack {
  text: string;
  /** Offset of each key in `text`. */
  starts: Int32Array;
  /** Length of each key. */
  lengths: Int32Array;
  /** Entry id of each key. */
  ids: Int32Array;
}

/** Key separator. `normalizeText` turns every newline into a space, so no key contains one. */
const SEPARATOR = '\n';

export function buildHaystack(
  items: readonly { key: string; id: number }[],
): Haystack {
  const starts = new Int32Array(items.length);
  let offset = 0;
  items.forEach((item, index) => {
    starts[index] = offset;
    offset += item.key.length + SEPARATOR.length;
  });
  return {
    text: items.map((item) => item.key).join(SEPARATOR),
    starts,
    lengths: Int32Array.from(items, (item) => item.key.length),
    ids: Int32Array.from(items, (item) => item.id),
  };
}

/**
 * Calls `visit` for the keys that contain `term`, with the entry id and the match score
 * (see `occurrenceScore`). A key may be visited more than once when its first occurrence
 * is a plain substring, because a later one can start a word. `term` must be non-empty
 * and must not contain a newline.
 */
export function scanHaystack(
  haystack: Haystack,
  term: string,
  visit: (id: number, score: number) => void,
): void {
  if (term === '') return;
  const { text, starts, lengths, ids } = haystack;
  const lastKey = starts.length - 1;
  let keyIndex = 0;
  let position = text.indexOf(term);
  while (position >= 0) {
    // Positions only grow, so walking forward costs at most one step per key per scan.
    while (keyIndex < lastKey && (starts[keyIndex + 1] ?? 0) <= position) keyIndex++;

    const at = position - (starts[keyIndex] ?? 0);
    const previous = at === 0 ? -1 : text.charCodeAt(position - 1);
    const score = occurrenceScore(at, lengths[keyIndex] ?? 0, term.length, previous);
    visit(ids[keyIndex] ?? 0, score);

    if (score === SUBSTRING_MATCH) position = text.indexOf(term, position + 1);
    else if (keyIndex < lastKey) position = text.indexOf(term, starts[keyIndex + 1]);
    else return;
  }
}
