/** Entries of the popup's look-up and the hits a query returns. */

export interface CountryEntry {
  kind: 'country';
  /** China Customs 3-digit code; unique among countries. */
  customsCode: string;
  iso2: string;
  /** ISO 3166-1 alpha-3, joined from the bundled code table; empty when unknown. */
  iso3: string;
  nameZh: string;
  nameEn: string;
}

export interface AgreementCountryEntry {
  kind: 'agreement';
  agreementCode: string;
  agreementNameZh: string;
  agreementNameEn: string;
  certificateType: string;
  customsCode: string;
  iso2: string;
  nameZh: string;
  nameEn: string;
}

export interface RuleEntry {
  kind: 'rule';
  /** The API row id. */
  id: number;
  hsCode: string;
  tariffChapter: string;
  tariffCodeList: string;
  cargoDesc: string;
  criterion: string;
  isStar: boolean;
}

export interface StandardCodeEntry {
  kind: 'standard';
  table: string;
  code: string;
  name: string;
  nameEn: string;
}

export type SearchEntry = CountryEntry | AgreementCountryEntry | RuleEntry | StandardCodeEntry;
export type SearchKind = SearchEntry['kind'];

export interface SearchHit {
  entry: SearchEntry;
  /** Higher is better; only the order matters. */
  score: number;
}

export interface SearchOptions {
  limit: number;
  kinds?: readonly SearchKind[];
}
