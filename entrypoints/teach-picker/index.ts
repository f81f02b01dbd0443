import browser from 'webextension-polyfill';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { framePathOf } from '@/utils/fill/frame-path';
import { selectorFor } from '@/utils/fill/selector-for';
import type { FillSource } from '@/utils/fill/types';
import { logWarn } from '@/utils/log';
import '@/utils/worker/picker-globals';
import { type PickableField, fieldOfEvent } from './fields';
import { type PickerOverlay, createPickerOverlay } from './panel';

/** Pointer events the picker keeps from the page while it runs, so a click picks a field instead of using it. */
const BLOCKED_EVENTS = ['pointerdown', 'mousedown', 'mouseup', 'click'] as const;

// Injected into every frame of a tab when the user starts teaching from the popup. It runs in the
// extension's isolated world, so the page can reach only the overlay's host element, whose shadow
// root is closed.
export default defineUnlistedScript(() => {
  if (globalThis.__ftaAssistantStartPicker) return;

  let overlay: PickerOverlay | undefined;
  let chosenField: PickableField | null = null;

  function isOverlayEvent(event: Event): boolean {
    return overlay !== undefined && event.composedPath().includes(overlay.host);
  }

  function onPointerMove(event: PointerEvent): void {
    if (!overlay || chosenField || isOverlayEvent(event)) return;
    overlay.outline(fieldOfEvent(event));
  }

  function onBlockedEvent(event: Event): void {
    if (!overlay || isOverlayEvent(event)) return;
    const field = fieldOfEvent(event);
    if (!field) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click') open(field);
  }

  // NOTE: Esc reaches only the focused frame, so it stops the picker there. Pickers in the tab's
  // other frames stay until a rule is saved or the page is reloaded.
  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
  }

  function open(field: PickableField): void {
    if (!overlay) return;
    chosenField = field;
    overlay.outline(field);
    overlay.openPanel(field, (source) => void choose(field, source), stop);
  }

  async function choose(field: PickableField, source: FillSource): Promise<void> {
    const message = { type: 'teachRule', selector: selectorFor(field), framePath: framePathOf(document), source };
    stop();
    // The worker stores the rule, stops the picker in the other frames and confirms in the toast.
    await browser.runtime.sendMessage(message).catch((error: unknown) => {
      logWarn('rule not sent', { error: String(error) });
    });
  }

  function start(): void {
    if (overlay) return;
    overlay = createPickerOverlay();
    chosenField = null;
    window.addEventListener('pointermove', onPointerMove, true);
    for (const type of BLOCKED_EVENTS) window.addEventListener(type, onBlockedEvent, true);
    window.addEventListener('keydown', onKeyDown, true);
  }

  function stop(): void {
    window.removeEventListener('pointermove', onPointerMove, true);
    for (const type of BLOCKED_EVENTS) window.removeEventListener(type, onBlockedEvent, true);
    window.removeEventListener('keydown', onKeyDown, true);
    overlay?.remove();
    overlay = undefined;
    chosenField = null;
  }

  globalThis.__ftaAssistantStartPicker = start;
  globalThis.__ftaAssistantStopPicker = stop;
});
