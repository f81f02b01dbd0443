/**
 * Checks the lookup tables against scoring each entry's keys directly, and the hit order
 * against its definition, over the fixture data.
 */
import { describe, expect, it } from 'vitest';
import {
  agreementEntries,
  countryEntries,
  ruleEntries,
  standardCodeEntries,
} from '@/utils/search/entries';
import { KIND_RANK, entryName } from '@/utils/search/entry-keys';
import { buildSearchIndex, searchIndex } from '@/utils/search/index';
import { scoreEntry } from '@/utils/search/match-entry';
import { parseQuery } from '@/utils/search/query';
import type { SearchEntry } from '@/utils/search/types';
import {
  AGREEMENT_COUNTRIES,
  COUNTRIES,
  CUSTOMS_DISTRICTS,
  RULES,
  TRADE_MODES,
} from './search-fixtures';

const ENTRIES: SearchEntry[] = [
  ...countryEntries(COUNTRIES),
  ...agreementEntries(AGREEMENT_COUNTRIES),
  ...ruleEntries(RULES),
  ...standardCodeEntries('customs-district', CUSTOMS_DISTRICTS),
  ...standardCodeEntries('trade-mode', TRADE_MODES),
];
const INDEX = buildSearchIndex(ENTRIES);

const QUERIES = [
  'a', 'an', 'de', 'mg', 'jia', 'x', 'china', 'form', 'form e', 'trade agreement',
  '1', '10', '6', '61', '6109', '6109.9', '8471.30', '0', '22',
  '中', '中国', '国', '棉', '制', '针织 棉', '－棉', '协定', '区域', '%',
  'rcep 日本', 'ri ben', 'korea south', 'united states', '东盟 mlxy', '61 棉',
];

/** Scores every entry directly, the way the search is documented to. */
function expectedScores(query: string): Map<SearchEntry, number> {
  const parsed = parseQuery(query);
  const expected = new Map<SearchEntry, number>();
  if (!parsed) return expected;
  INDEX.keys.forEach((keys, id) => {
    const entry = INDEX.entries[id];
    if (!entry) return;
    let score = scoreEntry(keys, parsed.whole);
    if (parsed.words.length > 0) {
      const weakest = Math.min(...parsed.words.map((word) => scoreEntry(keys, word)));
      score = Math.max(score, weakest);
    }
    if (score > 0) expected.set(entry, score + KIND_RANK[entry.kind]);
  });
  return expected;
}

describe('searchIndex against direct scoring', () => {
  it.each(QUERIES)('matches direct scoring for %j', (query) => {
    const hits = searchIndex(INDEX, query, { limit: ENTRIES.length });

    const actual = new Map(hits.map((hit) => [hit.entry, hit.score]));
    expect(actual).toEqual(expectedScores(query));
  });

  it.each(QUERIES)('orders hits for %j', (query) => {
    const hits = searchIndex(INDEX, query, { limit: ENTRIES.length });

    // Score first, then shorter name, then input order.
    const sortKey = (entry: SearchEntry, score: number) => [
      -score,
      entryName(entry).length,
      ENTRIES.indexOf(entry),
    ];
    const keys = hits.map((hit) => sortKey(hit.entry, hit.score));
    const sorted = [...keys].sort(
      (a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0),
    );
    expect(keys).toEqual(sorted);
  });
});
