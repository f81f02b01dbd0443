/**
 * Collects the texts that name a field. The strong ones come first: `<label for>` or a wrapping
 * label, aria-labelledby, aria-label, a label-like element just before the field (layui, Ant
 * Design and Element UI markup), and the table cell to its left or its column header. Then come
 * the weak ones, placeholder and title, and last the field's name and id.
 */
import { containsControl, type FormControl, isElement, isFormControl, isInput, isSelect, readableText, rootOf } from './dom';
import type { TableCache } from './tables';
import { normalizeLabel, stripPlaceholderInstruction } from './text';

/** One visible label text. */
export interface LabelText {
  text: string;
  /** A table cell that groups several rows, such as 联系人 left of 姓名 and 电话. */
  group: string | null;
  /** The element the text came from, or null for attribute text. */
  source: Element | null;
  /** True when the text is a data grid's column header, so the rows below repeat the field. */
  columnHeader: boolean;
}

export interface LabelEvidence {
  strong: LabelText[];
  /** Placeholder and title texts, instruction words removed. */
  weak: string[];
  /** The `name` and `id` attributes. */
  identifiers: string[];
}

/** Ancestors at which the search for a preceding label stops, because other logic or other fields start there. */
const STOP_TAGS = new Set(['TD', 'TH', 'TR', 'TABLE', 'FORM', 'FIELDSET', 'BODY', 'HTML']);
const MAX_LABEL_LENGTH = 40;
const MAX_CLIMB = 4;

/** Counts the data fields in an element, a radio group counting once. */
function countFields(element: Element): number {
  const keys = new Set<string>();
  element.querySelectorAll('input, select, textarea').forEach((control, index) => {
    if (isInput(control)) {
      if (['hidden', 'button', 'submit', 'reset', 'image'].includes(control.type)) return;
      if (control.closest('.layui-form-select, .select2-container, .chosen-container')) return;
      keys.add(control.type === 'radio' ? `radio:${control.name}` : `field:${index}`);
      return;
    }
    keys.add(`field:${index}`);
  });
  return keys.size;
}

type SiblingResult = { text: string; source: Element | null } | 'stop' | null;

/** Looks through the nodes just before `start` for a short label text. Returns 'stop' at another field. */
function previousLabelSibling(start: Element): SiblingResult {
  for (let node = start.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').trim();
      if (normalizeLabel(text) === '') continue;
      return text.length <= MAX_LABEL_LENGTH ? { text, source: null } : 'stop';
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.tagName === 'BR' || element.tagName === 'SCRIPT' || element.tagName === 'STYLE') continue;
    if (containsControl(element)) return 'stop';
    const text = readableText(element);
    if (normalizeLabel(text) === '') continue;
    return text.length <= MAX_LABEL_LENGTH ? { text, source: element } : 'stop';
  }
  return null;
}

/**
 * Finds a label-like text before the field, climbing to ancestors that contain no other field:
 * `<label class="layui-form-label">企业名称</label><div><input></div>` or `企业名称：<input>`.
 */
function precedingLabel(start: Element): LabelText | null {
  let level: Element = start;
  for (let depth = 0; depth < MAX_CLIMB; depth++) {
    const found = previousLabelSibling(level);
    if (found === 'stop') return null;
    if (found) return { text: found.text, group: null, source: found.source, columnHeader: false };
    const parent = level.parentElement;
    if (!parent || STOP_TAGS.has(parent.tagName) || countFields(parent) > 1) return null;
    level = parent;
  }
  return null;
}

function textOfIds(element: Element, ids: string): { text: string; sources: Element[] } {
  const root = rootOf(element);
  const sources = ids
    .split(/\s+/)
    .filter((id) => id !== '')
    .map((id) => root.getElementById(id))
    .filter((found): found is HTMLElement => found !== null);
  return { text: sources.map((source) => readableText(source)).join(' ').trim(), sources };
}

/** Label texts that come from the element's own attributes and its aria references. */
function ariaLabels(element: Element): LabelText[] {
  const out: LabelText[] = [];
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const { text, sources } = textOfIds(element, labelledBy);
    if (text !== '') out.push({ text, group: null, source: sources[0] ?? null, columnHeader: false });
  }
  const ariaLabel = element.getAttribute('aria-label')?.trim();
  if (ariaLabel) out.push({ text: ariaLabel, group: null, source: null, columnHeader: false });
  return out;
}

function tableLabel(element: Element, tables: TableCache): LabelText | null {
  const found = tables.labelOf(element);
  if (!found) return null;
  return { text: found.text, group: found.group, source: found.source, columnHeader: found.fromHeader };
}

function weakLabels(element: Element): string[] {
  const out: string[] = [];
  const placeholder = element.getAttribute('placeholder');
  if (placeholder) out.push(stripPlaceholderInstruction(placeholder));
  const title = element.getAttribute('title');
  if (title) out.push(stripPlaceholderInstruction(title));
  return out.filter((text) => text !== '');
}

function identifiersOf(element: Element): string[] {
  return [element.getAttribute('name'), element.id].filter((value): value is string => !!value);
}

/** Collects the label evidence of one input, textarea or select. */
/**
 * The `<label>` elements of controls, indexed once per document or shadow root. A control's own
 * `labels` list is worked out by the browser on each read, which on a page of thousands of fields
 * makes reading every field's labels quadratic.
 */
export class LabelIndex {
  private readonly byRoot = new Map<Node, Map<string, HTMLLabelElement[]>>();

  labelsOf(control: FormControl): HTMLLabelElement[] {
    const labels: HTMLLabelElement[] = [];
    const wrapping = control.closest('label');
    if (wrapping && wrapping.control === control) labels.push(wrapping);
    if (control.id !== '') {
      for (const label of this.indexOf(control.getRootNode()).get(control.id) ?? []) {
        if (!labels.includes(label) && label.control === control) labels.push(label);
      }
    }
    return labels;
  }

  private indexOf(root: Node): Map<string, HTMLLabelElement[]> {
    let index = this.byRoot.get(root);
    if (index) return index;
    index = new Map();
    const scope = root as ParentNode;
    for (const label of Array.from(scope.querySelectorAll?.('label[for]') ?? []) as HTMLLabelElement[]) {
      const target = label.htmlFor;
      const list = index.get(target) ?? [];
      list.push(label);
      index.set(target, list);
    }
    this.byRoot.set(root, index);
    return index;
  }
}

export function labelsOfControl(control: FormControl, tables: TableCache, labelIndex = new LabelIndex()): LabelEvidence {
  const strong: LabelText[] = [];
  for (const label of labelIndex.labelsOf(control)) {
    const text = readableText(label);
    if (text !== '') strong.push({ text, group: null, source: label, columnHeader: false });
  }
  strong.push(...ariaLabels(control));
  const preceding = precedingLabel(control);
  if (preceding) strong.push(preceding);
  const inTable = tableLabel(control, tables);
  if (inTable) strong.push(inTable);
  const weak = isSelect(control) ? [] : weakLabels(control);
  return { strong, weak, identifiers: identifiersOf(control) };
}

/** Returns the text that names one radio button, such as 宁波: its label, the text right after it, or its title. */
export function radioOptionText(radio: HTMLInputElement): string {
  for (const label of Array.from(radio.labels ?? [])) {
    const text = readableText(label);
    if (text !== '') return text;
  }
  for (let node = radio.nextSibling; node; node = node.nextSibling) {
    if (isElement(node) && (isFormControl(node) || containsControl(node))) break;
    const text = readableText(node);
    if (text !== '') return text;
  }
  return radio.getAttribute('title')?.trim() ?? '';
}

/** Returns the nearest element that contains every radio of the group. */
export function groupContainer(radios: readonly HTMLInputElement[]): Element | null {
  const first = radios[0];
  let container: Element | null = first?.parentElement ?? null;
  while (container && !radios.every((radio) => container?.contains(radio))) container = container.parentElement;
  return container;
}

/**
 * Collects the label evidence of a radio group: the legend of a fieldset around it, the aria
 * labels of a `role=radiogroup` container, a label before the group, or its table cell.
 */
export function labelsOfRadioGroup(radios: readonly HTMLInputElement[], tables: TableCache): LabelEvidence {
  const strong: LabelText[] = [];
  const container = groupContainer(radios);
  if (container) {
    const fieldset = container.closest('fieldset');
    const legend = fieldset?.querySelector(':scope > legend');
    if (fieldset && legend && countFields(fieldset) === 1) {
      strong.push({ text: readableText(legend), group: null, source: legend, columnHeader: false });
    }
    strong.push(...ariaLabels(container));
    const preceding = container.tagName === 'FIELDSET' ? null : precedingLabel(container);
    if (preceding) strong.push(preceding);
    const inTable = tableLabel(container, tables);
    if (inTable) strong.push(inTable);
  }
  const first = radios[0];
  return { strong: strong.filter((label) => label.text !== ''), weak: [], identifiers: first ? identifiersOf(first).slice(0, 1) : [] };
}
