/**
 * Keeps the drawn face of a select2- or chosen-style widget in step with its native `<select>`.
 * The fill sets the native select and fires `change`. A widget whose own script redraws on
 * `change` is then already right. One that does not, such as chosen, which redraws on its own
 * `chosen:updated` event, gets the chosen option's text written into its face here. layui is
 * redrawn by the worker in the page's world instead, because its faces are rebuilt from scratch there.
 */

/** Drawn text elements of the widgets handled here, inside the container next to the select. */
const FACE_TEXT_SELECTORS = [
  '.select2-selection__rendered', // select2 4
  '.select2-chosen', // select2 3
  '.chosen-single > span', // chosen
];

const CONTAINER_CLASS = /(?:^|\s)(?:select2-container|select2|chosen-container)(?:\s|$)/;

function drawnContainerOf(select: HTMLSelectElement): Element | null {
  for (let sibling = select.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    if (CONTAINER_CLASS.test(sibling.getAttribute('class') ?? '')) return sibling;
    if (sibling.tagName === 'SELECT') return null;
  }
  return null;
}

/** Writes the chosen option's text into the drawn face when the widget's script did not. */
export function syncSelectWidget(select: HTMLSelectElement): void {
  const container = drawnContainerOf(select);
  if (!container) return;
  const face = FACE_TEXT_SELECTORS.map((selector) => container.querySelector(selector)).find((found) => found !== null);
  if (!face) return;
  const option = select.selectedOptions[0];
  const text = option ? option.text.replace(/\s+/g, ' ').trim() : '';
  if ((face.textContent ?? '').replace(/\s+/g, ' ').trim() === text) return;
  face.textContent = text;
  face.setAttribute('title', text);
}
