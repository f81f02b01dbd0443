/**
 * The picker's overlay: an outline over the hovered field and, after a click, a panel that lists
 * the data sources by name. It lives in a closed shadow root and shows no data values.
 */
import { type ClosedHost, createClosedHost } from '@/components/closed-host';
import type { FillSource } from '@/utils/fill/types';
import { type MessageKey, t } from '@/utils/i18n';
import { FILL_SOURCES, sourceMessageKey } from '@/utils/worker/fill-sources';

const PICKER_CSS = `
  *:not(style) { all: initial; }
  .outline {
    position: fixed; display: none; box-sizing: border-box; pointer-events: none;
    border: 2px solid #b3261e; border-radius: 3px; background: rgba(179, 38, 30, 0.08);
  }
  .panel {
    position: fixed; display: none; flex-direction: column; gap: 2px; box-sizing: border-box;
    width: 260px; max-height: 320px; overflow-y: auto; padding: 8px; pointer-events: auto;
    border: 1px solid #d0d4da; border-radius: 6px; background: #fff; color: #1f2328;
    box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
    font: 13px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif;
  }
  .heading { display: block; margin-bottom: 4px; font: inherit; font-weight: 600; color: inherit; }
  button {
    display: block; cursor: pointer; padding: 3px 6px; border-radius: 4px; text-align: start;
    color: inherit; font: inherit;
  }
  button:hover, button:focus-visible { background: #f5f6f8; outline: 2px solid #b3261e; }
  button.cancel { margin-top: 4px; color: #5f6670; }
`;

export interface PickerOverlay {
  host: HTMLElement;
  outline(field: Element | null): void;
  /** Opens the source list next to `field`; `onChoose` receives the chosen source. */
  openPanel(field: Element, onChoose: (source: FillSource) => void, onCancel: () => void): void;
  remove(): void;
}

function place(element: HTMLElement, rect: DOMRect): void {
  element.style.left = `${rect.left}px`;
  element.style.top = `${rect.top}px`;
  element.style.width = `${rect.width}px`;
  element.style.height = `${rect.height}px`;
}

function placePanel(panel: HTMLElement, rect: DOMRect): void {
  const width = 260;
  const left = Math.max(4, Math.min(rect.left, window.innerWidth - width - 4));
  const below = rect.bottom + 4;
  const top = below + 200 > window.innerHeight ? Math.max(4, rect.top - 324) : below;
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
}

function sourceButton(source: FillSource, onChoose: (source: FillSource) => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t(sourceMessageKey(source) as MessageKey);
  button.addEventListener('click', () => onChoose(source));
  return button;
}

export function createPickerOverlay(): PickerOverlay {
  const { host, root }: ClosedHost = createClosedHost('fta-assistant-picker', PICKER_CSS, {
    position: 'fixed',
    inset: '0',
    display: 'block',
    'pointer-events': 'none',
  });
  const outlineBox = document.createElement('div');
  outlineBox.className = 'outline';
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('teachPanelHeading'));
  root.append(outlineBox, panel);

  return {
    host,
    outline(field) {
      if (!field) {
        outlineBox.style.display = 'none';
        return;
      }
      place(outlineBox, field.getBoundingClientRect());
      outlineBox.style.display = 'block';
    },
    openPanel(field, onChoose, onCancel) {
      const heading = document.createElement('span');
      heading.className = 'heading';
      heading.textContent = t('teachPanelHeading');
      const cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.className = 'cancel';
      cancel.textContent = t('teachCancel');
      cancel.addEventListener('click', onCancel);
      panel.replaceChildren(heading, ...FILL_SOURCES.map((source) => sourceButton(source, onChoose)), cancel);
      placePanel(panel, field.getBoundingClientRect());
      panel.style.display = 'flex';
      panel.querySelector('button')?.focus();
    },
    remove() {
      host.remove();
    },
  };
}
