/** Reads the value of a data source from the profile and formats it for a field and for the report. */
import { maskIdentity } from '../mask';
import {
  type EnterpriseFillKey,
  FILL_SOURCES,
  type FillProfile,
  type FillSource,
  type ProducerFillKey,
  type SignerFillKey,
} from './types';

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

/** A data source's values as the write injection receives them; the worker works them out from the profile. */
export interface SourceValue {
  /** The value a text field takes; absent when the profile has none. */
  text?: string;
  /** The value a text field with an English-only label takes, for the destination country only. */
  englishText?: string;
  /** The values a select option or radio may match. */
  targets: string[];
  /** `text` as the fill report shows it, with a signer's ID number masked. */
  shown?: string;
}

/** The values of every source the profile has data for. */
export type SourceValues = Partial<Record<FillSource, SourceValue>>;

/**
 * Works out the values of every source from the profile, so that the injected script needs
 * neither the profile's shape nor the masking of ID numbers.
 */
export function sourceValues(profile: FillProfile): SourceValues {
  const values: SourceValues = {};
  for (const source of FILL_SOURCES) {
    const text = textValue(profile, source, false);
    const englishText = source === 'destinationCountry' ? textValue(profile, source, true) : undefined;
    const targets = choiceTargets(profile, source);
    if (text === undefined && englishText === undefined && targets.length === 0) continue;
    values[source] = { text, englishText, targets, shown: text === undefined ? undefined : shownValue(source, text) };
  }
  return values;
}
