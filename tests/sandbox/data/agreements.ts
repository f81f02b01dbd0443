/**
 * Rows of `/agreement-countries`: one per agreement and partner, built from
 * `fta-agreements.json` joined with the customs country table on the ISO alpha-2 code.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadCountries } from './countries';

const agreementFileSchema = z.array(
  z.object({
    id: z.string().min(1),
    name_zh: z.string(),
    name_en: z.string(),
    certificate_form: z.string().nullable(),
    partners: z.array(z.string().length(2)),
  }),
);

export interface AgreementCountryRecord {
  agreementCode: string;
  agreementNameChinese: string;
  agreementNameEnglish: string;
  /** The certificate form (`FORM E`, `RCEP` …), empty where no settled label exists. */
  certificateType: string;
  countryNameChinese: string;
  countryNameEnglish: string;
  countryCode: string;
  customsCountryCode: string;
}

const JSON_URL = new URL('./fta-agreements.json', import.meta.url);

let cached: readonly AgreementCountryRecord[] | undefined;

/** Loads one row per agreement partner, in file order of agreements and partners. */
export function loadAgreementCountries(): readonly AgreementCountryRecord[] {
  if (cached) return cached;
  const agreements = agreementFileSchema.parse(JSON.parse(readFileSync(JSON_URL, 'utf8')));
  const countriesByIso = new Map(loadCountries().map((country) => [country.countryCode, country]));

  cached = agreements.flatMap((agreement) =>
    agreement.partners.map((iso) => {
      const country = countriesByIso.get(iso);
      if (!country) {
        throw new Error(
          `fta-agreements.json: partner ${iso} of ${agreement.id} is not in customs-countries.csv`,
        );
      }
      return {
        agreementCode: agreement.id,
        agreementNameChinese: agreement.name_zh,
        agreementNameEnglish: agreement.name_en,
        certificateType: agreement.certificate_form ?? '',
        countryNameChinese: country.countryNameChinese,
        countryNameEnglish: country.countryNameEnglish,
        countryCode: country.countryCode,
        customsCountryCode: country.customsCountryCode,
      };
    }),
  );
  return cached;
}
