/**
 * Look-up entries for the search benchmark, built from the sandbox data: every country, every
 * agreement row, every standard code, and the customs-122 rules copied with varied HS codes
 * until there are at least `minEntries` entries in all.
 */
import { STANDARD_CODE_TABLES } from '../../utils/api/paths';
import { agreementCountrySchema, countrySchema, standardCodeSchema } from '../../utils/api/schemas';
import { agreementEntries, countryEntries, ruleEntries, standardCodeEntries } from '../../utils/search/entries';
import type { SearchEntry } from '../../utils/search/types';
import { loadAgreementCountries } from '../sandbox/data/agreements';
import { loadCountries } from '../sandbox/data/countries';
import { loadCustoms122Rules } from '../sandbox/data/customs-122';
import { standardCodesOf } from '../sandbox/data/standard-codes';

export function buildBenchEntries(minEntries: number): SearchEntry[] {
  const fixed: SearchEntry[] = [
    // Parsed with the API schemas, as the worker parses what it fetches.
    ...countryEntries(loadCountries().map((record) => countrySchema.parse(record))),
    ...agreementEntries(loadAgreementCountries().map((record) => agreementCountrySchema.parse(record))),
    ...STANDARD_CODE_TABLES.flatMap((table) =>
      standardCodeEntries(table, (standardCodesOf(table) ?? []).map((record) => standardCodeSchema.parse(record))),
    ),
  ];
  const rules = loadCustoms122Rules();
  const copies = Math.max(1, Math.ceil((minEntries - fixed.length) / rules.length));
  const replicated = [];
  for (let copy = 0; copy < copies; copy++) {
    // Copy 0 keeps the real codes. Later copies extend each code to 10 digits, as China's
    // tariff lines are, so every copy adds codes that prefix queries must tell apart.
    const suffix = copy === 0 ? '' : String(copy).padStart(2, '0');
    for (const rule of rules) {
      replicated.push({
        ...rule,
        id: copy * rules.length + rule.id,
        hsCode: copy === 0 ? rule.hsCode : `${rule.hsCode.padEnd(8, '0')}${suffix}`,
      });
    }
  }
  return [...fixed, ...ruleEntries(replicated)];
}

/** Queries by kind. Each set mixes Chinese, English and codes as clerks type them. */
export const QUERY_SETS: Readonly<Record<'prefix' | 'code' | 'pinyin' | 'substring', readonly string[]>> = {
  prefix: ['日', '日本', '美国', '德', 'Jap', 'Germ', 'Viet', '针织', '棉制', 'Sing'],
  code: ['JP', 'DEU', '116', '502', '6109', '610910', '61091000', '3923', '0100', '84'],
  pinyin: ['riben', 'rb', 'meiguo', 'mg', 'deguo', 'xinjiapo', 'xjp', 'hanguo', 'zhenzhi', 'yuenan'],
  substring: ['land', '塑料', '海关', 'cotton', '贸易', 'stan', '机', 'ia', '服装', 'steel'],
};
