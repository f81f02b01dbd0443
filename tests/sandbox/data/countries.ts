/**
 * Countries of `/transport-countries`, built from China Customs' trading-partner code table
 * in `customs-countries.csv` (source and licence in `README.md` beside it).
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from './csv';
import { type Port, portsOf } from './ports';

export interface CountryRecord {
  countryNameChinese: string;
  countryNameEnglish: string;
  /** ISO 3166-1 alpha-2, empty for customs rows without an ISO code of their own. */
  countryCode: string;
  /** The 3-digit China Customs country code. */
  customsCountryCode: string;
  transportPortDtoList: Port[];
}

const CSV_URL = new URL('./customs-countries.csv', import.meta.url);

let cached: readonly CountryRecord[] | undefined;

/** Loads the 243 customs countries in file order, with ports where listed. */
export function loadCountries(): readonly CountryRecord[] {
  if (cached) return cached;
  const rows = parseCsv(readFileSync(CSV_URL, 'utf8'));
  cached = rows.map((row) => ({
    countryNameChinese: requireField(row, 'name_zh'),
    countryNameEnglish: requireField(row, 'name_en'),
    countryCode: row.iso_alpha2 ?? '',
    customsCountryCode: requireField(row, 'customs_code'),
    transportPortDtoList: portsOf(row.iso_alpha2 ?? ''),
  }));
  return cached;
}

function requireField(row: Record<string, string>, name: string): string {
  const value = row[name];
  if (value === undefined || value === '') {
    throw new Error(
      `customs-countries.csv: column "${name}" is missing or empty in ${JSON.stringify(row)}`,
    );
  }
  return value;
}

/**
 * Selects countries by customs code. `regionCodes` contains each value of the query parameter,
 * and every value may list several codes separated by commas. An empty selection returns every
 * country.
 */
export function filterByRegionCodes(
  countries: readonly CountryRecord[],
  regionCodes: readonly string[],
): CountryRecord[] {
  const selected = new Set(
    regionCodes
      .flatMap((value) => value.split(','))
      .map((code) => code.trim())
      .filter((code) => code !== ''),
  );
  if (selected.size === 0) return [...countries];
  return countries.filter((country) => selected.has(country.customsCountryCode));
}
