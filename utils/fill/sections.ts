/**
 * Finds the heading of the section a field is in: a fieldset legend, a panel or card title, a
 * heading element, a spanning row of a table form. Which party it is about is read by the worker
 * (see `section-party.ts`).
 */
import { containsControl, isElement, parentAcrossShadow, readableText } from './dom';
import type { TableCache } from './tables';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);
const HEADING_CLASS = /(?:^|[\s_-])(?:title|head|header|heading|legend|caption)(?:$|[\s_-])/i;
const MAX_HEADING_LENGTH = 40;

function headingText(element: Element): string | null {
  const byTag = HEADING_TAGS.has(element.tagName) || element.getAttribute('role') === 'heading';
  const byClass = HEADING_CLASS.test(element.getAttribute('class') ?? '');
  if (!byTag && !byClass) return null;
  if (containsControl(element)) return null;
  const text = readableText(element);
  return text !== '' && text.length <= MAX_HEADING_LENGTH ? text : null;
}

/** A heading and the element it was read from. */
interface FoundHeading {
  text: string;
  element: Element;
}

/**
 * Remembers, for one collection of fields, the nearest heading at or before each element among
 * its siblings. Fields that share a long run of siblings (thousands of labelled inputs in one
 * container) then read each sibling once, not once per field.
 */
export class HeadingCache {
  private readonly atOrBefore = new Map<Element, FoundHeading | null>();

  /** Returns the nearest heading among the earlier siblings of `element`, or null. */
  before(element: Element): FoundHeading | null {
    const walked: Element[] = [];
    let found: FoundHeading | null = null;
    for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const known = this.atOrBefore.get(sibling);
      if (known !== undefined) {
        found = known;
        break;
      }
      walked.push(sibling);
      const text = headingText(sibling);
      if (text !== null) {
        found = { text, element: sibling };
        break;
      }
    }
    for (const sibling of walked) this.atOrBefore.set(sibling, found);
    return found;
  }
}

/**
 * Returns the text of the nearest heading before the element: first a heading row or the caption
 * of its table, then headings among the earlier siblings of each ancestor, nearest first. Elements
 * in `ignore` (the field's own label) and elements containing them are passed over.
 */
export function nearestHeading(
  element: Element,
  ignore: ReadonlySet<Element>,
  tables: TableCache,
  headings: HeadingCache = new HeadingCache(),
): string | null {
  let current: Element | null = element;
  const table = element.closest('table');
  if (table) {
    const inTable = tables.headingAbove(element);
    if (inTable !== null) return inTable;
    const caption = table.caption ? readableText(table.caption) : '';
    if (caption !== '' && caption.length <= MAX_HEADING_LENGTH) return caption;
    current = table;
  }

  const ignored = [...ignore];
  while (current) {
    let found = headings.before(current);
    while (found !== null && ignored.some((node) => found?.element.contains(node))) found = headings.before(found.element);
    if (found !== null) return found.text;
    const parent: Element | null = parentAcrossShadow(current);
    if (parent && parent.tagName === 'TR') {
      const heading = tables.headingAbove(parent);
      if (heading !== null) return heading;
    }
    current = isElement(parent) && parent.tagName !== 'BODY' ? parent : null;
  }
  return null;
}
