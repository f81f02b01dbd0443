/** One look-up result: its names, its codes and, for customs-122 rules, the criterion and ★. */
import { t } from '@/utils/i18n';
import type { SearchEntry } from '@/utils/search/types';

/** The code Enter copies for a result. */
export function codeOf(entry: SearchEntry): string {
  switch (entry.kind) {
    case 'country':
    case 'agreement':
      return entry.customsCode;
    case 'rule':
      return entry.hsCode;
    case 'standard':
      return entry.code;
  }
}

export function hitKey(entry: SearchEntry): string {
  switch (entry.kind) {
    case 'country':
      return `country:${entry.customsCode}`;
    case 'agreement':
      return `agreement:${entry.agreementCode}:${entry.customsCode}`;
    case 'rule':
      return `rule:${entry.id}`;
    case 'standard':
      return `standard:${entry.table}:${entry.code}`;
  }
}

export function HitView({ entry }: { entry: SearchEntry }) {
  switch (entry.kind) {
    case 'country':
    case 'agreement':
      return (
        <span class="hit">
          <span class="hit-name">{entry.nameZh}</span>
          <span class="hit-sub">{entry.nameEn}</span>
          <span class="hit-codes">
            {/* Spaces between the codes, so screen readers and copied text keep them apart. */}
            <code>{entry.customsCode}</code>
            {entry.iso2 && <> <code>{entry.iso2}</code></>}
            {entry.kind === 'country' && entry.iso3 && <> <code>{entry.iso3}</code></>}
          </span>
        </span>
      );
    case 'rule':
      return (
        <span class="hit">
          <span class="hit-codes">
            <code>{entry.hsCode}</code>
          </span>
          <span class="hit-name">{entry.cargoDesc}</span>
          <span class="hit-sub">
            {entry.criterion}
            {entry.isStar && (
              <span class="star" title={t('ruleStarTitle')} aria-label={t('ruleStarTitle')}>
                {' ★'}
              </span>
            )}
          </span>
        </span>
      );
    case 'standard':
      return (
        <span class="hit">
          <span class="hit-codes">
            <code>{entry.code}</code>
          </span>
          <span class="hit-name">{entry.name}</span>
          <span class="hit-sub">{entry.nameEn}</span>
        </span>
      );
  }
}
