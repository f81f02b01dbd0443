/** Finds the form field under the pointer, looking through open shadow roots. */

const NOT_DATA_INPUTS = new Set(['hidden', 'button', 'submit', 'reset', 'image', 'file']);

export type PickableField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function asPickableField(node: EventTarget | undefined): PickableField | null {
  if (!(node instanceof Element)) return null;
  if (node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) return node;
  if (node instanceof HTMLInputElement && !NOT_DATA_INPUTS.has(node.type)) return node;
  return null;
}

/** Returns the field an event happened on: the innermost target, so fields in open shadow roots count too. */
export function fieldOfEvent(event: Event): PickableField | null {
  return asPickableField(event.composedPath()[0]);
}
