/**
 * Applies the rules a user taught for a site: each names a field by selector and the data source
 * it takes. A rule only picks the source. Whether the field is written still follows the engine's
 * safety checks.
 */
import { type CollectedField, type DecidedField, kindOf } from './collect';
import { queryDeep } from './deep-query';
import { isFormControl, isInput } from './dom';
import { framePathOf } from './frame-path';
import type { FieldRule } from './types';

/** Above every heuristic confidence, so a rule's field never yields to a guessed one. */
const RULE_CONFIDENCE = 100;

/** Returns the collected field the element belongs to: its own entry, or the radio group it is in. */
function collectedFieldOf(element: Element, fields: readonly CollectedField[]): CollectedField | undefined {
  return fields.find((field) => field.element === element || field.radios.some((radio) => radio === element));
}

/** Builds a field for a control the collector left out, such as one it took for a search box. */
function fieldForControl(element: Element): CollectedField | null {
  if (!isFormControl(element)) return null;
  const kind = kindOf(element);
  if (kind === null) return null;
  const radios = kind === 'radio' && isInput(element) ? [element] : [];
  const identifiers = [element.getAttribute('name') ?? '', element.id].filter((identifier) => identifier !== '');
  return { kind, element, radios, labels: { strong: [], weak: [], identifiers }, repeatKey: null, heading: null };
}

/**
 * Returns the fields the rules for this frame name, each decided for its rule's source. A rule
 * whose selector names no element, or an element that is not a data field, is left out. When two
 * rules name one field, the first wins.
 */
export function decideByRules(doc: Document, rules: readonly FieldRule[], fields: readonly CollectedField[]): DecidedField[] {
  const framePath = framePathOf(doc);
  const decided: DecidedField[] = [];
  const claimed = new Set<CollectedField['element']>();
  for (const rule of rules) {
    if (rule.framePath !== framePath) continue;
    const element = queryDeep(doc, rule.selector);
    if (!element) continue;
    const field = collectedFieldOf(element, fields) ?? fieldForControl(element);
    if (!field || claimed.has(field.element)) continue;
    claimed.add(field.element);
    const label = field.labels.strong[0]?.text ?? field.labels.weak[0] ?? field.labels.identifiers[0] ?? rule.selector;
    decided.push({
      field,
      decision: { kind: 'source', source: rule.source, confidence: RULE_CONFIDENCE },
      displayLabel: label.replace(/[*＊]/g, '').replace(/[:：]+\s*$/, '').trim(),
      englishLabel: false,
    });
  }
  return decided;
}
