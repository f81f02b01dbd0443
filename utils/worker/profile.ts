/** Assembles the data one fill may write from cached API records. */
import type { Producer } from '../api/producer-schemas';
import type { Country, Enterprise, Signer } from '../api/schemas';
import { ENTERPRISE_FILL_KEYS, type FillProfile } from '../fill/types';

export function buildFillProfile(
  enterprise: Enterprise,
  signer?: Signer,
  country?: Country,
  producer?: Producer,
): FillProfile {
  const profile: FillProfile = { enterprise: {} };
  for (const key of ENTERPRISE_FILL_KEYS) {
    const value = enterprise[key];
    if (value !== '') profile.enterprise[key] = value;
  }
  if (signer) {
    profile.signer = { name: signer.name, identity: signer.identity, tel: signer.tel };
  }
  if (producer) {
    profile.producer = {
      producerName: producer.producerName,
      producerContactPerson: producer.producerContactPerson,
      producerContactTel: producer.producerContactTel,
      socialCreditCode: producer.socialCreditCode,
    };
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
