/**
 * The popup's two views as WAI-ARIA tabs: arrow keys move between tabs, and only the chosen
 * panel is rendered.
 */
import type { ComponentChildren } from 'preact';

export interface PopupTab {
  id: string;
  label: string;
}

export interface PopupTabsProps {
  tabs: readonly PopupTab[];
  selected: string;
  onSelect(id: string): void;
  children: ComponentChildren;
}

export function PopupTabs({ tabs, selected, onSelect, children }: PopupTabsProps) {
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const position = tabs.findIndex((tab) => tab.id === selected);
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const next = tabs[(position + step + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
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
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={`panel-${selected}`} role="tabpanel" aria-labelledby={`tab-${selected}`}>
        {children}
      </div>
    </>
  );
}
