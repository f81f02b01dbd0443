/** The optional destination country of a fill, chosen through the country look-up. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendRequest } from '@/utils/messages/send';
import { t } from '@/utils/i18n';
import type { CountryEntry, SearchEntry } from '@/utils/search/types';
import { Combobox } from './Combobox';
import { HitView, hitKey } from './HitView';
import { useSearch } from './useSearch';

const COUNTRY_KINDS = ['country'] as const;

export interface ChosenCountry {
  customsCode: string;
  label: string;
}

function countryLabel(entry: CountryEntry): string {
  return `${entry.nameZh} ${entry.customsCode}`;
}

export function CountryPicker({ chosen, onChange }: { chosen?: ChosenCountry; onChange(country?: ChosenCountry): void }) {
  const [query, setQuery] = useState('');
  const { hits, answeredQuery } = useSearch(query, COUNTRY_KINDS, 10);
  const countries = useMemo(
    () => hits.map((hit) => hit.entry).filter((entry): entry is CountryEntry => entry.kind === 'country'),
    [hits],
  );
  const clearButton = useRef<HTMLButtonElement>(null);
  const focusClear = useRef(false);

  // After a choice, focus moves to the clear button that replaced the search box.
  useEffect(() => {
    if (chosen && focusClear.current) {
      focusClear.current = false;
      clearButton.current?.focus();
    }
  }, [chosen]);

  // A country remembered from the last fill arrives as its code alone; look up its name.
  useEffect(() => {
    if (!chosen || chosen.label !== chosen.customsCode) return;
    void sendRequest({ type: 'search', query: chosen.customsCode, kinds: ['country'], limit: 1 }).then((reply) => {
      const entry = reply.ok ? reply.data.hits[0]?.entry : undefined;
      if (entry?.kind === 'country' && entry.customsCode === chosen.customsCode) {
        onChange({ customsCode: entry.customsCode, label: countryLabel(entry) });
      }
    });
  }, [chosen?.customsCode]);

  if (chosen) {
    return (
      <div class="chosen-country">
        <span id="country-label">{t('countryLabel')}</span>
        <output aria-labelledby="country-label">{chosen.label}</output>
        <button ref={clearButton} type="button" aria-label={t('countryClear')} onClick={() => onChange(undefined)}>
          ×
        </button>
      </div>
    );
  }
  return (
    <Combobox<SearchEntry>
      id="country"
      label={t('countryLabel')}
      placeholder={t('countryPlaceholder')}
      items={countries}
      query={query}
      itemsQuery={answeredQuery}
      onQueryChange={setQuery}
      onChoose={(entry) => {
        if (entry.kind !== 'country') return;
        focusClear.current = true;
        onChange({ customsCode: entry.customsCode, label: countryLabel(entry) });
        setQuery('');
      }}
      itemKey={hitKey}
      renderItem={(entry) => <HitView entry={entry} />}
      emptyText={t('noResults', query)}
    />
  );
}
