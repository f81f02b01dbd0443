/** The look-up: one box over countries, agreement countries, customs-122 rules and codes. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/utils/i18n';
import type { UserError } from '@/utils/messages/protocol';
import type { SearchEntry } from '@/utils/search/types';
import { Combobox, type OptionGroup } from './Combobox';
import { HitView, codeOf, hitKey } from './HitView';
import { useSearch } from './useSearch';

const RESULT_LIMIT = 30;

/** The standard-code table's name in the UI language, or its API name when none is known. */
function tableName(table: string): string {
  const name = t(`table_${table.replaceAll('-', '_')}` as MessageKey);
  return name.startsWith('table_') ? table : name;
}

/** The name shown beside a copied code, so the message says which row was copied. */
function entryName(entry: SearchEntry): string {
  switch (entry.kind) {
    case 'country':
    case 'agreement':
      return entry.nameZh;
    case 'rule':
      return '';
    case 'standard':
      return entry.name;
  }
}

function groupOf(entry: SearchEntry): OptionGroup {
  switch (entry.kind) {
    case 'country':
      return { id: 'country', label: t('kindCountry') };
    case 'agreement': {
      const form = entry.certificateType ? ` · ${entry.certificateType}` : '';
      return { id: `agreement-${entry.agreementCode}`, label: `${t('kindAgreement')}：${entry.agreementNameZh}${form}` };
    }
    case 'rule':
      return { id: 'rule', label: t('kindRule') };
    case 'standard':
      return { id: `standard-${entry.table}`, label: `${t('kindStandard')} · ${tableName(entry.table)}` };
  }
}

export function LookupPanel({ onError }: { onError(error: UserError | undefined): void }) {
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState('');
  const { hits, error, answeredQuery } = useSearch(query, undefined, RESULT_LIMIT);
  useEffect(() => onError(error), [error]);
  // A stable array, so the active option stays where it is when other state changes.
  const entries = useMemo(() => hits.map((hit) => hit.entry), [hits]);

  async function copy(entry: SearchEntry) {
    const code = codeOf(entry);
    try {
      await navigator.clipboard.writeText(code);
      setNotice(t('copied', `${entryName(entry)} ${code}`.trim()));
    } catch (copyError) {
      setNotice(t('copyFailed', code));
      console.warn('[fta-assistant] clipboard write failed', String(copyError));
    }
  }

  return (
    <section class="lookup" aria-labelledby="lookup-heading">
      <h2 id="lookup-heading">{t('lookupHeading')}</h2>
      <Combobox
        id="lookup"
        label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        hint={t('searchHint')}
        items={entries}
        query={query}
        itemsQuery={answeredQuery}
        onQueryChange={(value) => {
          setQuery(value);
          setNotice('');
        }}
        onChoose={(entry) => void copy(entry)}
        itemKey={hitKey}
        renderItem={(entry) => <HitView entry={entry} />}
        groupOf={groupOf}
        emptyText={t('noResults', query)}
        autoFocus
      />
      <p class="notice" role="status">
        {notice}
      </p>
    </section>
  );
}
