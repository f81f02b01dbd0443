/**
 * Writes values into fields the way typing would, so that pages built on React, Vue or similar
 * keep them. The value goes through the prototype's setter, which a framework's own setter on
 * the element cannot intercept, and is followed by bubbling `input` and `change` events.
 * Real focus never moves: synthetic focus and blur events mark the field as visited without
 * scrolling the page or taking the caret from the user.
 *
 * The focus events run page code, which may hide, lock, remove or retype the field. The writers
 * that dispatch them therefore take a `WriteGuard`, run after those events and right before the
 * value is set.
 */

type Writable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Decides, after the focus events and right before the value is set, whether the write goes ahead. */
export type WriteGuard = () => boolean;

const ALWAYS_WRITE: WriteGuard = () => true;

/** Finds the `value` setter on the element's prototype chain, skipping any setter defined on the element itself. */
function prototypeValueSetter(element: Writable): ((this: Writable, value: string) => void) | null {
  for (let proto: object | null = Object.getPrototypeOf(element); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) return descriptor.set as (this: Writable, value: string) => void;
  }
  return null;
}

function eventConstructors(element: Element): { Event: typeof Event; FocusEvent: typeof FocusEvent; InputEvent: typeof InputEvent | null } {
  const view = element.ownerDocument.defaultView;
  return {
    Event: view?.Event ?? Event,
    FocusEvent: view?.FocusEvent ?? FocusEvent,
    InputEvent: view?.InputEvent ?? (typeof InputEvent === 'function' ? InputEvent : null),
  };
}

function dispatchFocus(element: Element): void {
  const { FocusEvent: Focus } = eventConstructors(element);
  element.dispatchEvent(new Focus('focus', { bubbles: false }));
  element.dispatchEvent(new Focus('focusin', { bubbles: true, composed: true }));
}

function dispatchBlur(element: Element): void {
  const { FocusEvent: Focus } = eventConstructors(element);
  element.dispatchEvent(new Focus('blur', { bubbles: false }));
  element.dispatchEvent(new Focus('focusout', { bubbles: true, composed: true }));
}

function dispatchInputAndChange(element: Element, data: string): void {
  const constructors = eventConstructors(element);
  const input = constructors.InputEvent
    ? new constructors.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data })
    : new constructors.Event('input', { bubbles: true, composed: true });
  element.dispatchEvent(input);
  element.dispatchEvent(new constructors.Event('change', { bubbles: true }));
}

function setValue(element: Writable, value: string): void {
  const setter = prototypeValueSetter(element);
  if (setter) setter.call(element, value);
  else element.value = value;
}

/**
 * Writes text into an input or textarea and fires the events typing would. Returns false, with
 * the value untouched, when `guard` stops the write. The field still gets its blur events then.
 */
export function writeText(element: HTMLInputElement | HTMLTextAreaElement, value: string, guard: WriteGuard = ALWAYS_WRITE): boolean {
  dispatchFocus(element);
  if (!guard()) {
    dispatchBlur(element);
    return false;
  }
  setValue(element, value);
  dispatchInputAndChange(element, value);
  dispatchBlur(element);
  return true;
}

/**
 * Selects an option of a select and fires the events a choice would. Returns false, with the
 * selection untouched, when `guard` stops the write, as `writeText` does.
 *
 * NOTE: a drawn layui select (`.layui-form-select`) keeps showing its old text, because it redraws
 * only on a click on its own list or on the page's render call. select2 and chosen faces are
 * brought in step by `syncSelectWidget`.
 */
export function chooseSelectOption(select: HTMLSelectElement, option: HTMLOptionElement, guard: WriteGuard = ALWAYS_WRITE): boolean {
  dispatchFocus(select);
  if (!guard()) {
    dispatchBlur(select);
    return false;
  }
  setValue(select, option.value);
  // Two options may share a value; make sure the chosen one is the one selected.
  if (select.selectedIndex !== option.index) option.selected = true;
  dispatchInputAndChange(select, option.value);
  dispatchBlur(select);
  return true;
}

/** Sets a select's selected index, `-1` for none, and fires the events a choice would. */
export function writeSelectedIndex(select: HTMLSelectElement, index: number): void {
  dispatchFocus(select);
  select.selectedIndex = index;
  dispatchInputAndChange(select, select.value);
  dispatchBlur(select);
}

/** Finds the `checked` setter on the input's prototype chain, as `prototypeValueSetter` does for `value`. */
function prototypeCheckedSetter(input: HTMLInputElement): ((this: HTMLInputElement, checked: boolean) => void) | null {
  for (let proto: object | null = Object.getPrototypeOf(input); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'checked');
    if (descriptor?.set) return descriptor.set as (this: HTMLInputElement, checked: boolean) => void;
  }
  return null;
}

/**
 * Sets a checkbox or radio to a checked state without a click, which could not uncheck a radio.
 * It fires `input` and `change` when the state changed, except for a radio being unchecked: a
 * browser never fires events there, and frameworks (Vue's v-model) read a radio's `change` as
 * "this radio was chosen".
 *
 * NOTE: so a radio group put back to no radio checked changes in the DOM only, and a framework
 * that redraws from its own state checks the radio again.
 */
export function writeChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked === checked) return;
  const setter = prototypeCheckedSetter(input);
  if (setter) setter.call(input, checked);
  else input.checked = checked;
  if (input.type === 'radio' && !checked) return;
  dispatchInputAndChange(input, input.value);
}

/**
 * Checks a radio with a click, which fires `click`, `input` and `change` as the user's click would.
 * Returns false when the page cancelled the click, so the radio stayed unchecked.
 *
 * The caller must make sure the element is still `type=radio`, because a click on a control the
 * page turned into a submit button submits its form. As a second line, a `submit` event raised
 * during this click is cancelled and kept from the page's listeners.
 */
export function checkRadio(radio: HTMLInputElement): boolean {
  const view = radio.ownerDocument.defaultView;
  const cancelSubmit = (event: Event): void => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  view?.addEventListener('submit', cancelSubmit, true);
  try {
    radio.click();
  } finally {
    view?.removeEventListener('submit', cancelSubmit, true);
  }
  return radio.checked;
}
