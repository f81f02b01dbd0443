/**
 * The state of a collected field in the page that decides whether the fill may write it: shown,
 * enabled, not read-only, and for a repeated field whether its row is still empty.
 */
import type { CollectedField } from './collect';
import type { VisibilityProbe } from './visibility';

/**
 * Returns whether a control is disabled, by its own attribute or by a disabled fieldset around it.
 * The fieldset is checked by hand because happy-dom leaves it out of `:disabled`. A control in the
 * fieldset's first legend stays enabled, as the HTML standard specifies.
 */
export function isControlDisabled(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): boolean {
  if (control.disabled || control.matches(':disabled')) return true;
  for (let fieldset = control.closest('fieldset'); fieldset; fieldset = fieldset.parentElement?.closest('fieldset') ?? null) {
    if (!fieldset.disabled) continue;
    const legend = fieldset.querySelector(':scope > legend');
    if (!legend || !legend.contains(control)) return true;
  }
  return false;
}

export function isDisabled(field: CollectedField): boolean {
  if (field.kind === 'radio') return field.radios.every(isControlDisabled);
  return isControlDisabled(field.element);
}

export function isReadOnly(field: CollectedField): boolean {
  const element = field.element;
  if (element.getAttribute('aria-readonly') === 'true') return true;
  return field.kind === 'text' || field.kind === 'textarea' ? (element as HTMLInputElement).readOnly : false;
}

export function isVisible(field: CollectedField, probe: VisibilityProbe): boolean {
  if (field.kind === 'radio') return field.radios.some((radio) => probe.isVisible(radio));
  return probe.isVisible(field.element);
}

/** Returns whether the field could be written at all: visible, enabled and not read-only. */
export function isWritable(field: CollectedField, probe: VisibilityProbe): boolean {
  return isVisible(field, probe) && !isDisabled(field) && !isReadOnly(field);
}

const TEXT_INPUT_TYPES = new Set(['text', 'tel', 'email', 'url', 'number', '']);

/** Returns the row a repeated field sits in: its table row, or the element that carries the row index. */
function rowOf(element: Element): Element | null {
  return element.closest('tr, [data-row], [data-index]') ?? element.parentElement?.parentElement ?? null;
}

/** Returns whether every text box of the field's row is empty, so a new entry may go there. */
export function isRowEmpty(field: CollectedField): boolean {
  const row = rowOf(field.element);
  if (!row) return field.element.value === '';
  const boxes = Array.from(row.querySelectorAll('input, textarea')) as (HTMLInputElement | HTMLTextAreaElement)[];
  return boxes.every((box) => (box.tagName === 'INPUT' && !TEXT_INPUT_TYPES.has((box as HTMLInputElement).type)) || box.value === '');
}
