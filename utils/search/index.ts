/**
 * The popup's look-up search: an in-memory index over countries, agreement partner rows,
 * certificate rules and standard codes, built once in the background worker.
 */
export { buildSearchIndex, type SearchIndex } from './build';
export { searchIndex } from './search';
