/** Reads the value of a data source from the profile and formats it for a field and for the report. */
import { maskIdentity } from '../mask';
import type { EnterpriseFillKey, FillProfile, FillSource, ProducerFillKey, SignerFillKey } from './types';

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Returns the profile's value for a source, or undefined when the profile has none. For the destination country this is its Chinese name. */
export function profileValue(profile: FillProfile, source: FillSource): string | undefined {
  if (source === 'destinationCountry') return nonEmpty(profile.destinationCountry?.countryNameChinese);
  const [group, key] = source.split('.');
  switch (group) {
    case 'enterprise':
      return nonEmpty(profile.enterprise[key as EnterpriseFillKey]);
    case 'signer':
      return nonEmpty(profile.signer?.[key as SignerFillKey]);
    case 'producer':
      return nonEmpty(profile.producer?.[key as ProducerFillKey]);
    default:
      return undefined;
  }
}

/** Returns the value to type into a text field. A destination country is written by name, in English when the label is English. */
export function textValue(profile: FillProfile, source: FillSource, englishLabel: boolean): string | undefined {
  if (source === 'destinationCountry' && englishLabel) return nonEmpty(profile.destinationCountry?.countryNameEnglish);
  return profileValue(profile, source);
}

/**
 * Returns every form in which a select option or radio may stand for the source's value. A
 * destination country may appear as its customs code, ISO code, Chinese or English name.
 * NOTE: other sources offer their one value only, so an English list of customs offices never
 * matches the Chinese `fetchPlace`.
 */
export function choiceTargets(profile: FillProfile, source: FillSource): string[] {
  if (source === 'destinationCountry') {
    const country = profile.destinationCountry;
    if (!country) return [];
    return [country.customsCountryCode, country.countryCode, country.countryNameChinese, country.countryNameEnglish].filter(
      (target) => target !== '',
    );
  }
  const value = profileValue(profile, source);
  return value === undefined ? [] : [value];
}

/** Returns the value as the report shows it. ID numbers are masked to their first and last four characters. */
export function shownValue(source: FillSource, value: string): string {
  return source === 'signer.identity' ? maskIdentity(value) : value;
}
