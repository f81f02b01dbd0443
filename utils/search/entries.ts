/** Conversion of cached API records into look-up entries. */
import type {
  AgreementCountry,
  Country,
  Customs122Rule,
  StandardCode,
} from '../api/schemas';
import { ISO_ALPHA3 } from './iso-alpha3';
import type {
  AgreementCountryEntry,
  CountryEntry,
  RuleEntry,
  StandardCodeEntry,
} from './types';

/**
 * Converts countries, joining ISO alpha-3 from the bundled code table. Countries without
 * a customs code are dropped, and of several with the same code only the first is kept,
 * so that `customsCode` identifies a country entry.
 */
export function countryEntries(countries: readonly Country[]): CountryEntry[] {
  const seen = new Set<string>();
  const entries: CountryEntry[] = [];
  for (const country of countries) {
    const customsCode = country.customsCountryCode.trim();
    if (customsCode === '' || seen.has(customsCode)) continue;
    seen.add(customsCode);
    const iso2 = country.countryCode.trim().toUpperCase();
    entries.push({
      kind: 'country',
      customsCode,
      iso2,
      iso3: ISO_ALPHA3.get(iso2) ?? '',
      nameZh: country.countryNameChinese.trim(),
      nameEn: country.countryNameEnglish.trim(),
    });
  }
  return entries;
}

export function agreementEntries(
  rows: readonly AgreementCountry[],
): AgreementCountryEntry[] {
  return rows.map((row) => ({
    kind: 'agreement',
    agreementCode: row.agreementCode.trim(),
    agreementNameZh: row.agreementNameChinese.trim(),
    agreementNameEn: row.agreementNameEnglish.trim(),
    certificateType: row.certificateType.trim(),
    customsCode: row.customsCountryCode.trim(),
    iso2: row.countryCode.trim().toUpperCase(),
    nameZh: row.countryNameChinese.trim(),
    nameEn: row.countryNameEnglish.trim(),
  }));
}

export function ruleEntries(rules: readonly Customs122Rule[]): RuleEntry[] {
  return rules.map((rule) => ({
    kind: 'rule',
    id: rule.id,
    hsCode: rule.hsCode.trim(),
    tariffChapter: rule.tariffChapter.trim(),
    tariffCodeList: rule.tariffCodeList.trim(),
    cargoDesc: rule.cargoDesc.trim(),
    criterion: rule.materialChangeCriteria.trim(),
    isStar: rule.isStar,
  }));
}

export function standardCodeEntries(
  table: string,
  codes: readonly StandardCode[],
): StandardCodeEntry[] {
  return codes.map((code) => ({
    kind: 'standard',
    table,
    code: code.code.trim(),
    name: code.name.trim(),
    nameEn: code.nameEn.trim(),
  }));
}
