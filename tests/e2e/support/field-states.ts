/** Captures the state of every form control in a page's top document, to compare before and after. */
import type { Page } from 'playwright-core';

export interface ControlState {
  name: string;
  value: string;
  checked: boolean;
  selectedIndex: number;
}

export async function readControlStates(page: Page): Promise<ControlState[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')).map(
      (control, index) => ({
        name: control.name || control.id || `#${index}`,
        value: control.value,
        checked: control instanceof HTMLInputElement ? control.checked : false,
        selectedIndex: control instanceof HTMLSelectElement ? control.selectedIndex : -1,
      }),
    ),
  );
}
