/**
 * Collects the data fields of one document, open shadow roots included: text inputs, textareas,
 * selects and radio groups, each with its label evidence. Leaves out controls that are not data
 * fields: buttons, files, checkboxes, passwords, dates, search and login boxes, and the drawn
 * faces of custom select widgets.
 */
import type { Decision, FieldKind } from './descriptors';
import { type FormControl, elementsInOrder, isFormControl, isInput, isSelect, isTextArea, rootOf } from './dom';
import { type LabelEvidence, LabelIndex, labelsOfControl, labelsOfRadioGroup } from './labels';
import { HeadingCache, nearestHeading } from './sections';
import { TableCache } from './tables';

export interface CollectedField {
  kind: FieldKind;
  /** The control, or the first radio of a group. */
  element: FormControl;
  /** Every radio of a group; empty for other kinds. */
  radios: HTMLInputElement[];
  labels: LabelEvidence;
  /** Fields with the same key repeat one field row by row (a data grid column, `rows[0].name`). */
  repeatKey: string | null;
  /** The text of the nearest section heading before the field, or null. */
  heading: string | null;
}

/** A collected field with the source it takes, as the frame writes it. */
export interface DecidedField {
  field: CollectedField;
  decision: Decision;
  /** The label as the user sees it, or the field's name or id. */
  displayLabel: string;
  /** True when the label is in English only, so a country goes in by its English name. */
  englishLabel: boolean;
}

/**
 * Input types that take free text. `hidden` stays so that a matched hidden field can be reported.
 * NOTE: `number` inputs are left out, so a customs code in one is not filled.
 */
const TEXT_TYPES = new Set(['text', 'tel', 'email', 'url', 'hidden', '']);

const SEARCH_WORDS = /search|keyword|query|搜索|查询|检索/i;
const SEARCH_CONTAINER_WORDS = /search|query|filter|login|signin|搜索|查询/i;
const SEARCH_BUTTON_TEXT = /^\s*(?:查询|搜索|检索|搜|search|query|go)\s*$/i;
const ROW_INDEX = /([[._-])\d+([\]._-])/;
const ROW_INDEX_GLOBAL = new RegExp(ROW_INDEX.source, 'g');
const LOGIN_FIELD_LIMIT = 4;
const QUERY_FORM_FIELD_LIMIT = 4;

/** Returns the kind of field a control is, or null for controls that take no profile data (buttons, files, checkboxes, dates). */
export function kindOf(control: FormControl): FieldKind | null {
  if (isTextArea(control)) return 'textarea';
  if (isSelect(control)) return control.multiple ? null : 'select';
  if (control.type === 'radio') return 'radio';
  return TEXT_TYPES.has(control.type) ? 'text' : null;
}

/** Returns whether the input is the drawn face of a custom select, such as layui's `.layui-select-title input`. */
function isWidgetFace(control: FormControl): boolean {
  if (!isInput(control)) return false;
  if (control.closest('.layui-form-select, .select2-container, .chosen-container')) return true;
  let ancestor: Element | null = control.parentElement;
  for (let depth = 0; ancestor && depth < 4; depth++, ancestor = ancestor.parentElement) {
    if (isSelect(ancestor.previousElementSibling)) return true;
  }
  return false;
}

function textLikeInputs(container: Element): HTMLInputElement[] {
  return Array.from(container.querySelectorAll('input')).filter((input) => TEXT_TYPES.has(input.type) && input.type !== 'hidden');
}

function attributesMatch(element: Element, pattern: RegExp, names: readonly string[]): boolean {
  return names.some((name) => pattern.test(element.getAttribute(name) ?? ''));
}

/** Per-element verdicts that many controls of one document share, computed once per fill. */
interface ExclusionCache {
  queryForms: Map<Element, boolean>;
  loginContainers: Map<Element, boolean | null>;
}

/**
 * Returns true when the ancestor contains a password field and at most a few text fields (a login
 * form), false when it contains a password field among many fields, and null without one.
 */
function loginVerdict(ancestor: Element, cache: ExclusionCache): boolean | null {
  let verdict = cache.loginContainers.get(ancestor);
  if (verdict === undefined) {
    verdict = ancestor.querySelector('input[type="password"]') ? textLikeInputs(ancestor).length <= LOGIN_FIELD_LIMIT : null;
    cache.loginContainers.set(ancestor, verdict);
  }
  return verdict;
}

/** Returns whether the control is in a login form: a password field with a few text fields around it. */
function inLoginForm(control: FormControl, cache: ExclusionCache): boolean {
  let ancestor: Element | null = control.parentElement;
  for (let depth = 0; ancestor && depth < 6; depth++, ancestor = ancestor.parentElement) {
    const verdict = loginVerdict(ancestor, cache);
    if (verdict !== null) return verdict;
    if (ancestor.tagName === 'FORM') return false;
  }
  return false;
}

/** Returns whether the form is a search form: named so, or small with a 查询 / 搜索 button, like a list page's filter bar. */
function isQueryForm(form: Element): boolean {
  if (attributesMatch(form, SEARCH_CONTAINER_WORDS, ['id', 'name', 'class', 'action', 'role'])) return true;
  if (textLikeInputs(form).length > QUERY_FORM_FIELD_LIMIT) return false;
  const buttons = Array.from(form.querySelectorAll('button, input[type="button"], input[type="submit"]'));
  return buttons.some((button) => SEARCH_BUTTON_TEXT.test(isInput(button) ? button.value : (button.textContent ?? '')));
}

/** Returns whether the control is a search, query or login box rather than a data field. */
function isSearchOrLogin(control: FormControl, cache: ExclusionCache): boolean {
  if (isInput(control) && control.type === 'search') return true;
  if (control.getAttribute('role') === 'searchbox') return true;
  if (attributesMatch(control, SEARCH_WORDS, ['name', 'id', 'placeholder', 'aria-label'])) return true;
  if (control.closest('[role="search"]')) return true;
  const form = control.closest('form');
  if (form) {
    let isQuery = cache.queryForms.get(form);
    if (isQuery === undefined) {
      isQuery = isQueryForm(form);
      cache.queryForms.set(form, isQuery);
    }
    if (isQuery) return true;
  }
  return inLoginForm(control, cache);
}

/** Returns the key shared by the rows of one repeated field, or null for a field that is not repeated. */
function repeatKeyOf(control: FormControl, labels: LabelEvidence, headerIds: Map<Element, string>): string | null {
  const header = labels.strong.find((label) => label.columnHeader)?.source;
  if (header) {
    let id = headerIds.get(header);
    if (id === undefined) {
      id = `column:${headerIds.size}`;
      headerIds.set(header, id);
    }
    return id;
  }
  // An index between separators (`rows[0].name`, `declarants_0_name`) marks a row. A trailing
  // number (`field_12`) only numbers a field.
  const identifier = control.getAttribute('name') || control.id;
  return ROW_INDEX.test(identifier) ? `name:${identifier.replace(ROW_INDEX_GLOBAL, '$1#$2')}` : null;
}

/** Returns the text of the section heading nearest before the field, passing over the field's own labels. */
function headingOf(field: CollectedField, tables: TableCache, headings: HeadingCache): string | null {
  const ignore = new Set(field.labels.strong.map((label) => label.source).filter((source): source is Element => source !== null));
  return nearestHeading(field.element, ignore, tables, headings);
}

/**
 * Collects the data fields of a document in tree order. Radio groups become one field at their
 * first radio.
 */
export function collectFields(doc: Document): CollectedField[] {
  const tables = new TableCache();
  const labelIndex = new LabelIndex();
  const headerIds = new Map<Element, string>();
  const radioGroups = new Map<string, HTMLInputElement[]>();
  const roots = new Map<Document | ShadowRoot, number>();
  const exclusions: ExclusionCache = { queryForms: new Map(), loginContainers: new Map() };
  const fields: CollectedField[] = [];

  for (const element of elementsInOrder(doc)) {
    if (!isFormControl(element)) continue;
    const kind = kindOf(element);
    if (kind === null || isWidgetFace(element) || isSearchOrLogin(element, exclusions)) continue;

    if (kind === 'radio' && isInput(element)) {
      const root = rootOf(element);
      if (!roots.has(root)) roots.set(root, roots.size);
      const scope = element.form ? `form:${Array.from(doc.forms).indexOf(element.form)}` : 'none';
      const key = `${roots.get(root)}|${scope}|${element.name || element.id}`;
      const group = radioGroups.get(key);
      if (group) {
        group.push(element);
        continue;
      }
      const radios = [element];
      radioGroups.set(key, radios);
      // Labels are read once the whole group is known.
      fields.push({ kind, element, radios, labels: { strong: [], weak: [], identifiers: [] }, repeatKey: null, heading: null });
      continue;
    }

    const labels = labelsOfControl(element, tables, labelIndex);
    fields.push({ kind, element, radios: [], labels, repeatKey: repeatKeyOf(element, labels, headerIds), heading: null });
  }

  const headings = new HeadingCache();
  for (const field of fields) {
    if (field.kind === 'radio') {
      field.labels = labelsOfRadioGroup(field.radios, tables);
      field.repeatKey = repeatKeyOf(field.element, field.labels, headerIds);
    }
    field.heading = headingOf(field, tables, headings);
  }
  return fields;
}
