/** Keys sorted by UTF-16 code units, for finding every key that starts with a prefix. */

export interface SortedKeys {
  keys: string[];
  /** Entry id of each key. */
  ids: Int32Array;
}

export interface KeyedId {
  key: string;
  id: number;
}

export function sortKeys(items: KeyedId[]): SortedKeys {
  const sorted = [...items].sort(
    (a, b) => compareKeys(a.key, b.key) || a.id - b.id,
  );
  return {
    keys: sorted.map((item) => item.key),
    ids: Int32Array.from(sorted, (item) => item.id),
  };
}

/**
 * Returns the position of the first key that is not less than `prefix`. The keys that
 * start with `prefix` follow from there without a gap.
 */
export function lowerBound(keys: readonly string[], prefix: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareKeys(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
