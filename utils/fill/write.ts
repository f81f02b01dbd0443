/**
 * The second half of a fill in one frame: settles the fields that claim one source, then writes
 * the decided fields from the values of their sources and reports what was written and what was
 * left alone. It checks each field again right before its write, because the page may have
 * changed it since the fields were collected, and again after the focus events of each write,
 * which run page code.
 */
import type { CollectedField, DecidedField } from './collect';
import { settleCompetition } from './competition';
import type { PendingFill } from './describe';
import type { FieldDecision } from './descriptors';
import { withoutQuery } from './dom';
import { isDisabled, isReadOnly, isRowEmpty, isVisible, isWritable } from './field-state';
import { FillRecorder } from './history';
import { createCachedHitTester } from './hit-test';
import { type WriteGuard, checkRadio, chooseSelectOption, writeText } from './insert';
import { radioOptionText } from './labels';
import { chooseOption, chooseRadio } from './options';
import { type ControlTypes, keepsItsKind, recordControlTypes, writeBlocker } from './recheck';
import type { FilledField, FillOptions, FillReport, FillSource, SkipReason } from './types';
import type { SourceValues } from './values';
import { type VisibilityProbe, createVisibilityProbe } from './visibility';
import { syncSelectWidget } from './widgets';

type Outcome = { kind: 'filled'; shown: string } | { kind: 'skipped'; reason: SkipReason } | { kind: 'silent' };

const filled = (shown: string): Outcome => ({ kind: 'filled', shown });
const skipped = (reason: SkipReason): Outcome => ({ kind: 'skipped', reason });
const SILENT: Outcome = { kind: 'silent' };

/** Returns whether a select shows its placeholder (empty value) or the first option the browser picks when none is marked selected. */
function isSelectEmpty(select: HTMLSelectElement): boolean {
  if (select.value === '') return true;
  const marked = Array.from(select.options).some((option) => option.hasAttribute('selected'));
  return select.selectedIndex <= 0 && !marked;
}

/** State shared by every write of one fill. */
interface WriteContext {
  values: SourceValues;
  options: FillOptions;
  probe: VisibilityProbe;
  recorder: FillRecorder;
  /** Input types as the write phase found them, to notice a control the page retyped. */
  types: ControlTypes;
}

/**
 * Returns a guard for `writeText` and `chooseSelectOption` that checks the field again after
 * the focus events and keeps its state for undo only when the write goes ahead. `blocked` receives
 * the reason when it does not.
 */
function guardWrite(field: CollectedField, context: WriteContext, blocked: (reason: SkipReason) => void): WriteGuard {
  return () => {
    const reason = writeBlocker(field, field.element, context.probe, context.types);
    if (reason !== null) {
      blocked(reason);
      return false;
    }
    context.recorder.capture(field.element);
    return true;
  };
}

function fillText(field: CollectedField, entry: DecidedField, source: FillSource, context: WriteContext): Outcome {
  const element = field.element as HTMLInputElement | HTMLTextAreaElement;
  const values = context.values[source];
  const value = entry.englishLabel && source === 'destinationCountry' ? values?.englishText : values?.text;
  if (value === undefined) return skipped('no-data');
  if (element.value !== '' && !context.options.overwrite) return skipped('not-empty');
  if (element.maxLength >= 0 && value.length > element.maxLength) return skipped('too-long');
  let blockedBy: SkipReason = 'replaced';
  const guard = guardWrite(field, context, (reason) => (blockedBy = reason));
  if (!writeText(element, value, guard)) return skipped(blockedBy);
  return filled(value === values?.text ? (values.shown ?? value) : value);
}

function fillSelect(field: CollectedField, source: FillSource, context: WriteContext): Outcome {
  const select = field.element as HTMLSelectElement;
  const targets = context.values[source]?.targets ?? [];
  if (targets.length === 0) return skipped('no-data');
  if (!isSelectEmpty(select) && !context.options.overwrite) return skipped('not-empty');
  const choice = chooseOption(select, targets);
  if (choice.kind === 'none') return skipped('no-matching-option');
  if (choice.kind === 'ambiguous') return skipped('ambiguous');
  const option = choice.item;
  let blockedBy: SkipReason = 'replaced';
  const fieldGuard = guardWrite(field, context, (reason) => (blockedBy = reason));
  // The page may also take the option away or disable it in its focus handler.
  const guard: WriteGuard = () => {
    if (select.options[option.index] !== option || option.disabled) {
      blockedBy = 'no-matching-option';
      return false;
    }
    return fieldGuard();
  };
  if (!chooseSelectOption(select, option, guard)) return skipped(blockedBy);
  syncSelectWidget(select);
  return filled(option.text.replace(/\s+/g, ' ').trim());
}

function fillRadio(field: CollectedField, source: FillSource, context: WriteContext): Outcome {
  const targets = context.values[source]?.targets ?? [];
  if (targets.length === 0) return skipped('no-data');
  if (field.radios.some((radio) => radio.checked) && !context.options.overwrite) return skipped('not-empty');
  const choice = chooseRadio(field.radios, targets);
  if (choice.kind === 'none') return skipped('no-matching-option');
  if (choice.kind === 'ambiguous') return skipped('ambiguous');
  // Nothing runs page code between this check and the click.
  const blockedBy = writeBlocker(field, choice.item, context.probe, context.types);
  if (blockedBy !== null) return skipped(blockedBy);
  for (const radio of field.radios) context.recorder.capture(radio);
  // A page that cancels the click keeps the radio as it was, as it would for the user.
  if (!checkRadio(choice.item)) return skipped('readonly');
  return filled(radioOptionText(choice.item) || choice.item.value);
}

function fillOne(entry: DecidedField, context: WriteContext): Outcome {
  const { field, decision } = entry;
  // The page re-rendered its form after an earlier write and dropped this field, or retyped it.
  if (!field.element.isConnected) return skipped('replaced');
  if (field.kind !== 'radio' && !keepsItsKind(field, field.element, context.types)) return skipped('replaced');
  const visible = isVisible(field, context.probe);
  if (decision.kind === 'ambiguous') return visible && !isDisabled(field) && !isReadOnly(field) ? skipped('ambiguous') : SILENT;
  if (!visible) return skipped('hidden');
  if (isDisabled(field)) return skipped('disabled');
  if (isReadOnly(field)) return skipped('readonly');
  if (decision.kind === 'extra-row') return skipped('no-data');

  switch (field.kind) {
    case 'select':
      return fillSelect(field, decision.source, context);
    case 'radio':
      return fillRadio(field, decision.source, context);
    default:
      return fillText(field, entry, decision.source, context);
  }
}

/**
 * Writes the decided fields of a pending fill from `values` (see `sourceValues`) and reports what
 * was written and what was left alone. Only empty, visible, enabled and writable fields are
 * written unless `options.overwrite` is set. Fields the decisions leave out are neither written
 * nor reported.
 *
 * The fields a rule took are written first, then the fields of `decisions`, which index
 * `pending.fields`. The previous state of every field written is kept for `undoLastFill`,
 * replacing what the fill before kept. `probe` replaces the visibility check, for tests in a DOM
 * without layout.
 */
export function writeDecisions(
  pending: PendingFill,
  decisions: readonly FieldDecision[],
  values: SourceValues,
  options: FillOptions,
  probe?: VisibilityProbe,
): FillReport {
  if (probe) return writeWithProbe(pending, decisions, values, options, probe);
  const hitTester = createCachedHitTester(pending.doc);
  try {
    return writeWithProbe(pending, decisions, values, options, createVisibilityProbe(pending.doc, { hitTest: true, hitTester }));
  } finally {
    hitTester.release();
  }
}

function decidedFieldsOf(pending: PendingFill, decisions: readonly FieldDecision[]): DecidedField[] {
  const decided: DecidedField[] = [];
  for (const { index, decision, displayLabel, englishLabel } of decisions) {
    const field = pending.fields[index];
    if (field) decided.push({ field, decision, displayLabel, englishLabel });
  }
  return decided;
}

function writeWithProbe(
  pending: PendingFill,
  decisions: readonly FieldDecision[],
  values: SourceValues,
  options: FillOptions,
  probe: VisibilityProbe,
): FillReport {
  const frame = withoutQuery(pending.doc.URL);
  const report: FillReport = { filled: [], skipped: [] };
  const recorder = new FillRecorder();
  const heuristic = decidedFieldsOf(pending, decisions);
  settleCompetition(
    heuristic,
    (entry) => isWritable(entry.field, probe),
    (entry) => isRowEmpty(entry.field),
  );

  const candidates = [...pending.ruled, ...heuristic];
  // Every candidate is checked once before the first write, while the page is as it loaded, so
  // that the probe can reuse those layout reads. Each field is checked again before it is
  // written, and once more after the focus events of its own write.
  for (const entry of candidates) isVisible(entry.field, probe);
  const types = recordControlTypes(candidates.map((entry) => entry.field));
  const context: WriteContext = { values, options, probe, recorder, types };

  const written: Array<{ element: Element; outcome: FilledField }> = [];
  for (const entry of candidates) {
    const outcome = fillOne(entry, context);
    const base = { label: entry.displayLabel, source: entry.decision.source, frame };
    if (outcome.kind === 'filled') written.push({ element: entry.field.element, outcome: { ...base, shown: outcome.shown } });
    if (outcome.kind === 'skipped') report.skipped.push({ ...base, reason: outcome.reason });
  }
  // A field the page replaced after it was written no longer shows the value, so it is not reported as filled.
  for (const { element, outcome } of written) {
    if (element.isConnected) report.filled.push(outcome);
    else report.skipped.push({ label: outcome.label, source: outcome.source, frame: outcome.frame, reason: 'replaced' });
  }
  recorder.commit(pending.doc);
  return report;
}
