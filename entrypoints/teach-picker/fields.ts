/** Finds the form field under the pointer, looking through open shadow roots. */

const NOT_DATA_INPUTS = new Set(['hidden', 'button', 'submit', 'reset', 'image', 'file']);

export type PickableField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Returns the field, or null for anything the fill would never write: other elements, buttons, read-only and disabled fields. */
export function asPickableField(node: EventTarget | undefined): PickableField | null {
  if (!(node instanceof Element)) return null;
  let field: PickableField | null = null;
  if (node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) field = node;
  if (node instanceof HTMLInputElement && !NOT_DATA_INPUTS.has(node.type)) field = node;
  if (!field || field.disabled || ('readOnly' in field && field.readOnly)) return null;
  return field;
}

/** Returns the field an event happened on: the innermost target, so fields in open shadow roots count too. */
export function fieldOfEvent(event: Event): PickableField | null {
  return asPickableField(event.composedPath()[0]);
}
