/**
 * The popup's views as WAI-ARIA tabs: arrow keys move between tabs. A panel is rendered when its
 * tab is first chosen and then only hidden, so what the user typed in it survives a tab switch.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface PopupTab {
  id: string;
  label: string;
  render(): ComponentChildren;
}

export interface PopupTabsProps {
  tabs: readonly PopupTab[];
  selected: string;
  onSelect(id: string): void;
}

export function PopupTabs({ tabs, selected, onSelect }: PopupTabsProps) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([selected]));

  function choose(id: string) {
    setOpened((previous) => (previous.has(id) ? previous : new Set([...previous, id])));
    onSelect(id);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const position = tabs.findIndex((tab) => tab.id === selected);
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const next = tabs[(position + step + tabs.length) % tabs.length];
    if (!next) return;
    choose(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  }

  return (
    <>
      <div class="tabs" role="tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => choose(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs
        .filter((tab) => tab.id === selected || opened.has(tab.id))
        .map((tab) => (
          <div key={tab.id} id={`panel-${tab.id}`} role="tabpanel" aria-labelledby={`tab-${tab.id}`} hidden={tab.id !== selected}>
            {tab.render()}
          </div>
        ))}
    </>
  );
}
