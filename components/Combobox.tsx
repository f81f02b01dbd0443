/**
 * A search box with a list of results, after the WAI-ARIA combobox pattern: the input has
 * role="combobox", results are role="option" in a role="listbox", arrow keys move the active
 * option (announced through aria-activedescendant) and Enter chooses it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_QUERY_LENGTH } from '@/utils/search/query-limit';

export interface OptionGroup {
  id: string;
  label: string;
}

export interface ComboboxProps<Item> {
  id: string;
  label: string;
  placeholder?: string;
  /** Shown under the box to explain the keys; referenced by aria-describedby. */
  hint?: string;
  items: readonly Item[];
  query: string;
  /** The query `items` answer; it lags behind `query` while a search is running. */
  itemsQuery: string;
  onQueryChange(query: string): void;
  onChoose(item: Item): void;
  itemKey(item: Item): string;
  renderItem(item: Item): ComponentChildren;
  /** Items with the same group are shown together under its label, in the order given. */
  groupOf?(item: Item): OptionGroup | undefined;
  emptyText?: string;
  autoFocus?: boolean;
}

interface Section<Item> {
  group?: OptionGroup;
  entries: Array<{ item: Item; index: number }>;
}

function toSections<Item>(items: readonly Item[], groupOf?: (item: Item) => OptionGroup | undefined): Section<Item>[] {
  const sections: Section<Item>[] = [];
  const byGroup = new Map<string, Section<Item>>();
  items.forEach((item, index) => {
    const group = groupOf?.(item);
    if (!group) {
      const last = sections.at(-1);
      if (last && !last.group) last.entries.push({ item, index });
      else sections.push({ entries: [{ item, index }] });
      return;
    }
    let section = byGroup.get(group.id);
    if (!section) {
      section = { group, entries: [] };
      byGroup.set(group.id, section);
      sections.push(section);
    }
    section.entries.push({ item, index });
  });
  return sections;
}

export function Combobox<Item>(props: ComboboxProps<Item>) {
  const { id, items, query, onChoose, itemKey, renderItem, groupOf } = props;
  const [activeIndex, setActiveIndex] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const expanded = query.trim() !== '' && (items.length > 0 || props.emptyText !== undefined);

  useEffect(() => setActiveIndex(items.length > 0 ? 0 : -1), [items]);
  useEffect(() => {
    if (props.autoFocus) inputRef.current?.focus();
  }, []);

  // Sections may reorder grouped items, so keyboard order follows the displayed order.
  const sections = toSections(items, groupOf);
  const displayOrder = sections.flatMap((section) => section.entries.map((entry) => entry.index));
  const activeItem = activeIndex >= 0 ? items[activeIndex] : undefined;
  const optionId = (index: number) => `${id}-option-${index}`;

  function move(step: number) {
    if (displayOrder.length === 0) return;
    const position = displayOrder.indexOf(activeIndex);
    const next = (position + step + displayOrder.length) % displayOrder.length;
    const index = displayOrder[next] ?? -1;
    setActiveIndex(index);
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Enter' && activeItem !== undefined) {
      event.preventDefault();
      onChoose(activeItem);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      props.onQueryChange('');
    }
  }

  return (
    <div class="combobox">
      <label for={id}>{props.label}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        maxLength={MAX_QUERY_LENGTH}
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={props.hint ? hintId : undefined}
        placeholder={props.placeholder}
        value={query}
        onInput={(event) => props.onQueryChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={props.label} hidden={!expanded} data-results-for={props.itemsQuery}>
        {items.length === 0 && props.emptyText && <li class="empty">{props.emptyText}</li>}
        {sections.map((section) => {
          const options = section.entries.map(({ item, index }) => (
            <li
              key={itemKey(item)}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setActiveIndex(index);
                onChoose(item);
              }}
            >
              {renderItem(item)}
            </li>
          ));
          if (!section.group) return options;
          const headingId = `${id}-group-${section.group.id}`;
          return (
            <li key={section.group.id} role="presentation">
              <div id={headingId} class="group-label" role="presentation">
                {section.group.label}
              </div>
              <ul role="group" aria-labelledby={headingId}>
                {options}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
