/**
 * What the toast on the page shows. It carries counts and data-source names only, never a value
 * from the profile, because the toast sits in a page the site controls.
 */
import type { FillSource } from '../fill/types';

export type ToastContent =
  | { kind: 'filled'; filled: number; skipped: number }
  | { kind: 'undone'; restored: number }
  | { kind: 'rule-saved'; source: FillSource }
  | { kind: 'no-selection' }
  | { kind: 'fill-failed' };

declare global {
  // Shows a toast in the top frame; installed by `entrypoints/toast.ts` in the isolated world.
  var __ftaAssistantToast: ((content: ToastContent) => void) | undefined;
}
