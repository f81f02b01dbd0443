/** The normalized keys each kind of entry is matched on. */
import { ISO_ALPHA3 } from './iso-alpha3';
import { compactCode, normalizeText } from './normalize';
import type { PinyinKey } from './pinyin-keys';
import type { SearchEntry, SearchKind } from './types';

export interface EntryKeys {
  /** Names and descriptions, matched as exact, prefix, word prefix or substring. */
  text: string[];
  /** The entry's own codes without dots or spaces, matched as exact or prefix. */
  codes: string[];
  /** Other codes the entry applies to (a rule's tariff code list), matched the same way. */
  coveredCodes: string[];
  /** ISO codes and agreement codes, matched only as a whole. */
  exact: string[];
  /** Pinyin of the Chinese name, matched as prefix. */
  pinyin: PinyinKey[];
}

/** Rank of each kind among hits of equal match quality. A higher rank is listed first. */
export const KIND_RANK: Readonly<Record<SearchKind, number>> = {
  country: 3,
  agreement: 2,
  standard: 1,
  rule: 0,
};

/** Returns the name whose length breaks ties between hits of equal score. */
export function entryName(entry: SearchEntry): string {
  switch (entry.kind) {
    case 'country':
    case 'agreement':
      return entry.nameZh;
    case 'rule':
      return entry.cargoDesc;
    case 'standard':
      return entry.name;
  }
}

/** Computes the keys of one entry. `pinyinOf` maps a Chinese name to its pinyin keys. */
export function entryKeys(
  entry: SearchEntry,
  pinyinOf: (nameZh: string) => PinyinKey[],
): EntryKeys {
  switch (entry.kind) {
    case 'country':
      return {
        text: texts(entry.nameZh, entry.nameEn),
        codes: codes(entry.customsCode),
        coveredCodes: [],
        exact: texts(entry.iso2, entry.iso3),
        pinyin: pinyinOf(entry.nameZh),
      };
    case 'agreement':
      return {
        text: texts(
          entry.nameZh,
          entry.nameEn,
          entry.agreementNameZh,
          entry.agreementNameEn,
          entry.certificateType,
        ),
        codes: codes(entry.customsCode),
        coveredCodes: [],
        exact: texts(entry.iso2, alpha3Of(entry.iso2), entry.agreementCode),
        pinyin: pinyinOf(entry.nameZh),
      };
    case 'rule': {
      const own = codes(entry.hsCode);
      const listed = codes(...entry.tariffCodeList.split(/[,，;；、]/));
      return {
        text: texts(entry.cargoDesc, entry.criterion),
        codes: own,
        coveredCodes: listed.filter((code) => !own.includes(code)),
        exact: [],
        pinyin: [],
      };
    }
    case 'standard':
      return {
        text: texts(entry.name, entry.nameEn),
        codes: codes(entry.code),
        coveredCodes: [],
        exact: [],
        pinyin: [],
      };
  }
}

function alpha3Of(iso2: string): string {
  return ISO_ALPHA3.get(iso2.trim().toUpperCase()) ?? '';
}

/** Normalizes values, dropping empty ones and duplicates. */
function texts(...values: string[]): string[] {
  return unique(values.map(normalizeText));
}

function codes(...values: string[]): string[] {
  return unique(values.map((value) => compactCode(normalizeText(value))));
}

function unique(values: string[]): string[] {
  return [...new Set(values)].filter((value) => value !== '');
}
