/**
 * The worker's look-up index, built from the cached dictionaries on the first query after a
 * start or a refresh. A dictionary that cannot be loaded leaves its entries out and reports
 * the first error, so the others stay searchable.
 */
import type { ApiError } from '../api/errors';
import { STANDARD_CODE_TABLES } from '../api/paths';
import { type DataDeps } from '../data/deps';
import { loadDictionary } from '../data/dictionaries';
import { agreementEntries, countryEntries, ruleEntries, standardCodeEntries } from '../search/entries';
import { type SearchIndex, buildSearchIndex } from '../search/index';
import type { SearchEntry } from '../search/types';

interface BuiltIndex {
  index: SearchIndex;
  error?: ApiError;
}

let building: Promise<BuiltIndex> | undefined;

export function invalidateSearchIndex(): void {
  building = undefined;
}

async function build(deps: DataDeps): Promise<BuiltIndex> {
  const [countries, agreements, rules, ...codeTables] = await Promise.all([
    loadDictionary('countries', deps, invalidateSearchIndex),
    loadDictionary('agreementCountries', deps, invalidateSearchIndex),
    loadDictionary('customs122', deps, invalidateSearchIndex),
    ...STANDARD_CODE_TABLES.map((table) => loadDictionary(`standard:${table}`, deps, invalidateSearchIndex)),
  ]);
  const entries: SearchEntry[] = [
    ...countryEntries(countries.snapshot?.records ?? []),
    ...agreementEntries(agreements.snapshot?.records ?? []),
    ...ruleEntries(rules.snapshot?.records ?? []),
  ];
  STANDARD_CODE_TABLES.forEach((table, position) => {
    for (const entry of standardCodeEntries(table, codeTables[position]?.snapshot?.records ?? [])) entries.push(entry);
  });
  const error = [countries, agreements, rules, ...codeTables].find((answer) => answer.error)?.error;
  return { index: buildSearchIndex(entries), error };
}

/** Returns the current index; an index built with errors is rebuilt on the next call. */
export async function getSearchIndex(deps: DataDeps): Promise<BuiltIndex> {
  const current = building ?? build(deps);
  building = current;
  const built = await current.catch((error: unknown) => {
    building = undefined;
    throw error;
  });
  if (built.error && building === current) building = undefined;
  return built;
}
