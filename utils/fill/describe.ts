/**
 * The first half of a fill in one frame: collects the fields, applies the taught rules, and
 * describes each field as plain data for the worker, which decides the sources. Only label texts
 * of the page leave the frame; the collected elements stay in a `PendingFill` for the writes.
 */
import { type CollectedField, type DecidedField, collectFields } from './collect';
import { type FieldDescriptor, MAX_DESCRIBED_TEXT_LENGTH } from './descriptors';
import { decideByRules } from './rules';
import type { FieldRule } from './types';

/** The fields that one frame keeps between the two injections of a fill. */
export interface PendingFill {
  doc: Document;
  /** The collected fields, in the order of their descriptors. */
  fields: CollectedField[];
  /** The fields that a taught rule took, with the rule's source. */
  ruled: DecidedField[];
}

function fits(text: string): boolean {
  return text.length <= MAX_DESCRIBED_TEXT_LENGTH;
}

function fitting(text: string | null): string | null {
  return text !== null && fits(text) ? text : null;
}

function describeField(field: CollectedField, ruled: boolean): FieldDescriptor {
  return {
    kind: field.kind,
    labels: {
      strong: field.labels.strong.filter((label) => fits(label.text)).map((label) => ({ text: label.text, group: fitting(label.group) })),
      weak: field.labels.weak.filter(fits),
      identifiers: field.labels.identifiers.filter(fits),
    },
    heading: fitting(field.heading),
    ruled,
  };
}

/** Collects the fields of a document, applies the rules of this frame and describes the fields. */
export function describeDocument(doc: Document, rules: readonly FieldRule[]): { pending: PendingFill; descriptors: FieldDescriptor[] } {
  const fields = collectFields(doc);
  const ruled = decideByRules(doc, rules, fields);
  const ruledElements = new Set(ruled.map((entry) => entry.field.element));
  const descriptors = fields.map((field) => describeField(field, ruledElements.has(field.element)));
  return { pending: { doc, fields, ruled }, descriptors };
}
