/**
 * The look-up index against Fuse.js on the same entries and queries. Each query is timed on
 * its own with `performance.now()`; the per-set median and p95 cover every query and repeat.
 */
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { buildSearchIndex, searchIndex } from '../../utils/search/index';
import type { SearchEntry } from '../../utils/search/types';
import { QUERY_SETS, buildBenchEntries } from './search-data';
import { type BenchRow, formatRatio, median, p95 } from './stats';

const MIN_ENTRIES = 20_000;
/** Results per query: `RESULT_LIMIT` of the popup's look-up list in components/LookupPanel.tsx. */
const LIMIT = 30;
const INDEX_REPEATS = 200;
const FUSE_REPEATS = 2;
const TARGET_P95_MS = 1;
const TARGET_SPEEDUP = 20;

/**
 * Fuse.js over every text and code field any entry kind has. `ignoreLocation` lets a match
 * start anywhere in a field, which substring queries need; 0.3 is a common threshold for
 * typo tolerance without flooding results.
 */
const FUSE_KEYS = [
  'nameZh',
  'nameEn',
  'customsCode',
  'iso2',
  'iso3',
  'agreementNameZh',
  'hsCode',
  'tariffCodeList',
  'cargoDesc',
  'code',
  'name',
];

function timeEach(queries: readonly string[], repeats: number, run: (query: string) => unknown): number[] {
  const samples: number[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const query of queries) {
      const start = performance.now();
      run(query);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

export function runSearchBench(log: (line: string) => void): BenchRow[] {
  const entries: SearchEntry[] = buildBenchEntries(MIN_ENTRIES);
  let start = performance.now();
  const index = buildSearchIndex(entries);
  const indexBuildMs = performance.now() - start;
  start = performance.now();
  const fuse = new Fuse(entries, { keys: FUSE_KEYS, threshold: 0.3, ignoreLocation: true });
  const fuseBuildMs = performance.now() - start;
  log(`search: ${entries.length} entries; index built in ${indexBuildMs.toFixed(0)} ms, Fuse.js in ${fuseBuildMs.toFixed(0)} ms`);

  const rows: BenchRow[] = [];
  for (const [setName, queries] of Object.entries(QUERY_SETS)) {
    const ours = (query: string) => searchIndex(index, query, { limit: LIMIT });
    const theirs = (query: string) => fuse.search(query, { limit: LIMIT });
    timeEach(queries, 20, ours);
    timeEach(queries.slice(0, 1), 1, theirs);
    const oursSamples = timeEach(queries, INDEX_REPEATS, ours);
    const fuseSamples = timeEach(queries, FUSE_REPEATS, theirs);
    const speedup = median(fuseSamples) / median(oursSamples);
    const oursP95 = p95(oursSamples);
    rows.push({
      name: `search ${setName} (${entries.length} entries)`,
      median: median(oursSamples),
      p95: oursP95,
      unit: 'ms',
      target: `p95 ≤ ${TARGET_P95_MS} ms, ≥ ${TARGET_SPEEDUP}× Fuse.js`,
      ratio: `${formatRatio(speedup)} vs Fuse.js`,
      pass: oursP95 <= TARGET_P95_MS && speedup >= TARGET_SPEEDUP,
    });
    rows.push({
      name: `  Fuse.js ${setName}`,
      median: median(fuseSamples),
      p95: p95(fuseSamples),
      unit: 'ms',
      target: '',
      ratio: '',
      pass: undefined,
    });
  }
  rows.push({
    name: 'search index build',
    median: indexBuildMs,
    p95: Number.NaN,
    unit: 'ms',
    target: '',
    ratio: `Fuse.js: ${fuseBuildMs.toFixed(0)} ms`,
    pass: undefined,
  });
  return rows;
}
