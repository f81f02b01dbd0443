/** Assembles the data one fill may write from cached API records. */
import type { Country, Enterprise, Signer } from '../api/schemas';
import { ENTERPRISE_FILL_KEYS, type FillProfile } from '../fill/types';

export function buildFillProfile(enterprise: Enterprise, signer?: Signer, country?: Country): FillProfile {
  const profile: FillProfile = { enterprise: {} };
  for (const key of ENTERPRISE_FILL_KEYS) {
    const value = enterprise[key];
    if (value !== '') profile.enterprise[key] = value;
  }
  if (signer) {
    profile.signer = { name: signer.name, identity: signer.identity, tel: signer.tel };
  }
  if (country) {
    profile.destinationCountry = {
      countryNameChinese: country.countryNameChinese,
      countryNameEnglish: country.countryNameEnglish,
      countryCode: country.countryCode,
      customsCountryCode: country.customsCountryCode,
    };
  }
  return profile;
}
