/** Building the look-up index from entries. */
import { type EntryKeys, KIND_RANK, entryKeys, entryName } from './entry-keys';
import { type Haystack, buildHaystack } from './haystack';
import { type PinyinKey, pinyinKeys } from './pinyin-keys';
import { MAX_ENTRIES, MAX_NAME_LENGTH } from './rank';
import { type ScoreBuffer, createScoreBuffer } from './score-buffer';
import { type KeyedId, type SortedKeys, sortKeys } from './sorted-keys';
import type { SearchEntry, SearchKind } from './types';

/** Lookup tables over the entries of one kind. */
export interface KindTables {
  kind: SearchKind;
  rank: number;
  haystack: Haystack;
  codes: SortedKeys;
  coveredCodes: SortedKeys;
  /** Pinyin keys from a name's first syllable. */
  pinyinStart: SortedKeys;
  /** Pinyin keys from a later syllable. */
  pinyinInner: SortedKeys;
  exact: Map<string, number[]>;
}

/**
 * Entries with precomputed keys and lookup tables. Entry ids are positions in `entries`,
 * and that order also breaks the last ties between hits.
 */
export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  readonly keys: readonly EntryKeys[];
  readonly tables: readonly KindTables[];
  /** Length of each entry's name, capped at `MAX_NAME_LENGTH`. */
  readonly nameLengths: Uint16Array;
  /**
   * Scratch space that every query reuses. Sharing it is safe because a query runs
   * synchronously.
   */
  readonly scratch: { whole: ScoreBuffer; word: ScoreBuffer; order: Float64Array };
}

const KINDS: readonly SearchKind[] = ['country', 'agreement', 'standard', 'rule'];

/** Builds the index. Throws a RangeError for more than `MAX_ENTRIES` entries. */
export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  if (entries.length > MAX_ENTRIES) {
    throw new RangeError(
      `Cannot index ${entries.length} entries; the maximum is ${MAX_ENTRIES}.`,
    );
  }
  const stored = [...entries];
  const pinyinOf = memoize(pinyinKeys);
  const keys = stored.map((entry) => entryKeys(entry, pinyinOf));
  const tables = KINDS.map((kind) => buildKindTables(kind, stored, keys));
  const nameLengths = Uint16Array.from(stored, (entry) =>
    Math.min(entryName(entry).length, MAX_NAME_LENGTH),
  );
  return {
    entries: stored,
    keys,
    tables,
    nameLengths,
    scratch: {
      whole: createScoreBuffer(stored.length),
      word: createScoreBuffer(stored.length),
      order: new Float64Array(stored.length),
    },
  };
}

function buildKindTables(
  kind: SearchKind,
  entries: readonly SearchEntry[],
  keys: readonly EntryKeys[],
): KindTables {
  const texts: KeyedId[] = [];
  const codes: KeyedId[] = [];
  const coveredCodes: KeyedId[] = [];
  const pinyinStart: KeyedId[] = [];
  const pinyinInner: KeyedId[] = [];
  const exact = new Map<string, number[]>();

  entries.forEach((entry, id) => {
    const entryKeys = keys[id];
    if (entry.kind !== kind || !entryKeys) return;
    for (const key of entryKeys.text) texts.push({ key, id });
    for (const key of entryKeys.codes) codes.push({ key, id });
    for (const key of entryKeys.coveredCodes) coveredCodes.push({ key, id });
    for (const key of entryKeys.pinyin) {
      (key.atStart ? pinyinStart : pinyinInner).push({ key: key.text, id });
    }
    for (const key of entryKeys.exact) addToList(exact, key, id);
  });

  return {
    kind,
    rank: KIND_RANK[kind],
    haystack: buildHaystack(texts),
    codes: sortKeys(codes),
    coveredCodes: sortKeys(coveredCodes),
    pinyinStart: sortKeys(pinyinStart),
    pinyinInner: sortKeys(pinyinInner),
    exact,
  };
}

function addToList(lists: Map<string, number[]>, key: string, id: number): void {
  const list = lists.get(key);
  if (list) list.push(id);
  else lists.set(key, [id]);
}

/** Caches pinyin keys by name, because agreement rows repeat their country's name. */
function memoize(
  compute: (nameZh: string) => PinyinKey[],
): (nameZh: string) => PinyinKey[] {
  const cache = new Map<string, PinyinKey[]>();
  return (nameZh) => {
    let keys = cache.get(nameZh);
    if (!keys) {
      keys = compute(nameZh);
      cache.set(nameZh, keys);
    }
    return keys;
  };
}
