/**
 * Checks a field once more right before the fill changes it. Each write fires events that run
 * page code, and that code may hide, lock, remove or retype this field or any other one, so a
 * check made before those events no longer holds.
 */
import { type CollectedField, kindOf } from './collect';
import type { FormControl } from './dom';
import { isControlDisabled, isDisabled, isReadOnly, isVisible } from './field-state';
import type { SkipReason } from './types';
import type { VisibilityProbe } from './visibility';

/** The `type` of each input of the fields to write, radios included, as the write phase found it. */
export type ControlTypes = Map<FormControl, string>;

export function recordControlTypes(fields: Iterable<CollectedField>): ControlTypes {
  const types: ControlTypes = new Map();
  for (const field of fields) {
    for (const control of field.kind === 'radio' ? field.radios : [field.element]) {
      if (control.tagName === 'INPUT') types.set(control, (control as HTMLInputElement).type);
    }
  }
  return types;
}

/**
 * Returns whether the control is still the kind of control the fill collected: for an input, the
 * same `type` as when the write phase started. A field collected as a radio must still be a radio,
 * because a click on a radio turned into a submit button would submit the form.
 */
export function keepsItsKind(field: CollectedField, control: FormControl, types: ControlTypes): boolean {
  const recorded = types.get(control);
  if (recorded !== undefined && (control as HTMLInputElement).type !== recorded) return false;
  if (field.kind === 'radio') return control.tagName === 'INPUT' && (control as HTMLInputElement).type === 'radio';
  return kindOf(control) === field.kind;
}

/**
 * Returns why the fill must not change `control` now, or null when it may. `control` is the
 * field's own element, or the chosen radio of a radio group, whose own visibility and disabled
 * state then count.
 */
export function writeBlocker(field: CollectedField, control: FormControl, probe: VisibilityProbe, types: ControlTypes): SkipReason | null {
  if (!control.isConnected || !keepsItsKind(field, control, types)) return 'replaced';
  const radio = field.kind === 'radio';
  if (!(radio ? probe.isVisible(control) : isVisible(field, probe))) return 'hidden';
  if (radio ? isControlDisabled(control) : isDisabled(field)) return 'disabled';
  if (isReadOnly(field)) return 'readonly';
  return null;
}
