/**
 * Data and results of one fill. These types cross from the background worker into the page's
 * isolated content-script world, so they are plain JSON with no class instances.
 */

/** Enterprise fields a form can ask for, named as in the FTA 智证通 API. */
export const ENTERPRISE_FILL_KEYS = [
  'enterpriseCnName',
  'enterpriseEnName',
  'socialCreditCode',
  'orgCode',
  'customsId',
  'exporterCode',
  'exporterTel',
  'exporterFax',
  'exporterMail',
  'legalName',
  'legalTel',
  'corporateContacts',
  'corporateContactsTel',
  'enterpriseAddr',
  'fetchPlace',
  'aplAdd',
  'exporter',
] as const;
export type EnterpriseFillKey = (typeof ENTERPRISE_FILL_KEYS)[number];

export const SIGNER_FILL_KEYS = ['name', 'identity', 'tel'] as const;
export type SignerFillKey = (typeof SIGNER_FILL_KEYS)[number];

export const PRODUCER_FILL_KEYS = [
  'producerName',
  'producerContactPerson',
  'producerContactTel',
  'socialCreditCode',
] as const;
export type ProducerFillKey = (typeof PRODUCER_FILL_KEYS)[number];

export interface DestinationCountry {
  countryNameChinese: string;
  countryNameEnglish: string;
  /** ISO 3166-1 alpha-2 code. */
  countryCode: string;
  /** China Customs 3-digit country code. */
  customsCountryCode: string;
}

/** Everything one fill may write, as the worker assembles it from the cache. */
export interface FillProfile {
  enterprise: Partial<Record<EnterpriseFillKey, string>>;
  signer?: Partial<Record<SignerFillKey, string>>;
  producer?: Partial<Record<ProducerFillKey, string>>;
  destinationCountry?: DestinationCountry;
}

/** A data path such as `enterprise.enterpriseCnName`, `signer.tel` or `destinationCountry`. */
export type FillSource =
  | `enterprise.${EnterpriseFillKey}`
  | `signer.${SignerFillKey}`
  | `producer.${ProducerFillKey}`
  | 'destinationCountry';

/** Every data source, in the order the teach panel lists them. */
export const FILL_SOURCES: readonly FillSource[] = [
  ...ENTERPRISE_FILL_KEYS.map((key) => `enterprise.${key}` as const),
  ...SIGNER_FILL_KEYS.map((key) => `signer.${key}` as const),
  ...PRODUCER_FILL_KEYS.map((key) => `producer.${key}` as const),
  'destinationCountry',
];

/**
 * A mapping the user taught for one site: the field at `selector` takes `source`. Rules are
 * stored per origin and tried before the label heuristics.
 */
export interface FieldRule {
  /** CSS selector of the field inside its frame; `>>>` enters an open shadow root. */
  selector: string;
  /** Path of the frame's URL (no query or fragment) the rule was taught in. */
  framePath: string;
  source: FillSource;
}

export interface FillOptions {
  /** Replace values that are already in a field. Off by default. */
  overwrite: boolean;
  /** Rules taught for this origin, applied before the heuristics. */
  rules?: FieldRule[];
}

/** What an undo restored in one frame. */
export interface UndoReport {
  restored: number;
}

export type SkipReason =
  | 'not-empty'
  | 'hidden'
  | 'disabled'
  | 'readonly'
  | 'no-data'
  | 'no-matching-option'
  | 'ambiguous'
  | 'too-long'
  | 'replaced';

export interface FieldOutcome {
  /** The field's label as the user sees it, or its name or id when it has no label. */
  label: string;
  source: FillSource;
  /** The URL of the frame the field is in, without query or fragment. */
  frame: string;
}

export interface FilledField extends FieldOutcome {
  /** The value written, or the chosen option's text. Never an ID number in clear. */
  shown: string;
}

export interface SkippedField extends FieldOutcome {
  reason: SkipReason;
}

export interface FillReport {
  filled: FilledField[];
  skipped: SkippedField[];
}
