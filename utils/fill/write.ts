/**
 * The second half of a fill in one frame: settles the fields that claim one source, then writes
 * the decided fields from the profile and reports what was written and what was left alone. It
 * checks each field again right before its write, because the page may have changed it since the
 * fields were collected.
 */
import type { CollectedField, DecidedField } from './collect';
import { settleCompetition } from './competition';
import type { PendingFill } from './describe';
import type { FieldDecision } from './descriptors';
import { withoutQuery } from './dom';
import { isDisabled, isReadOnly, isRowEmpty, isVisible, isWritable } from './field-state';
import { FillRecorder } from './history';
import { createCachedHitTester } from './hit-test';
import { checkRadio, chooseSelectOption, writeText } from './insert';
import { radioOptionText } from './labels';
import { chooseOption, chooseRadio } from './options';
import type { FilledField, FillOptions, FillProfile, FillReport, FillSource, SkipReason } from './types';
import { choiceTargets, shownValue, textValue } from './values';
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

function fillText(
  field: CollectedField,
  entry: DecidedField,
  source: FillSource,
  profile: FillProfile,
  options: FillOptions,
  recorder: FillRecorder,
): Outcome {
  const element = field.element as HTMLInputElement | HTMLTextAreaElement;
  const value = textValue(profile, source, entry.englishLabel);
  if (value === undefined) return skipped('no-data');
  if (element.value !== '' && !options.overwrite) return skipped('not-empty');
  if (element.maxLength >= 0 && value.length > element.maxLength) return skipped('too-long');
  recorder.capture(element);
  writeText(element, value);
  return filled(shownValue(source, value));
}

function fillSelect(
  field: CollectedField,
  source: FillSource,
  profile: FillProfile,
  options: FillOptions,
  recorder: FillRecorder,
): Outcome {
  const select = field.element as HTMLSelectElement;
  const targets = choiceTargets(profile, source);
  if (targets.length === 0) return skipped('no-data');
  if (!isSelectEmpty(select) && !options.overwrite) return skipped('not-empty');
  const choice = chooseOption(select, targets);
  if (choice.kind === 'none') return skipped('no-matching-option');
  if (choice.kind === 'ambiguous') return skipped('ambiguous');
  recorder.capture(select);
  chooseSelectOption(select, choice.item);
  syncSelectWidget(select);
  return filled(choice.item.text.replace(/\s+/g, ' ').trim());
}

function fillRadio(
  field: CollectedField,
  source: FillSource,
  profile: FillProfile,
  options: FillOptions,
  recorder: FillRecorder,
): Outcome {
  const targets = choiceTargets(profile, source);
  if (targets.length === 0) return skipped('no-data');
  if (field.radios.some((radio) => radio.checked) && !options.overwrite) return skipped('not-empty');
  const choice = chooseRadio(field.radios, targets);
  if (choice.kind === 'none') return skipped('no-matching-option');
  if (choice.kind === 'ambiguous') return skipped('ambiguous');
  for (const radio of field.radios) recorder.capture(radio);
  // A page that cancels the click keeps the radio as it was, as it would for the user.
  if (!checkRadio(choice.item)) return skipped('readonly');
  return filled(radioOptionText(choice.item) || choice.item.value);
}

function fillOne(
  entry: DecidedField,
  profile: FillProfile,
  options: FillOptions,
  probe: VisibilityProbe,
  recorder: FillRecorder,
): Outcome {
  const { field, decision } = entry;
  // The page re-rendered its form after an earlier write and dropped this field.
  if (!field.element.isConnected) return skipped('replaced');
  const visible = isVisible(field, probe);
  if (decision.kind === 'ambiguous') return visible && !isDisabled(field) && !isReadOnly(field) ? skipped('ambiguous') : SILENT;
  if (!visible) return skipped('hidden');
  if (isDisabled(field)) return skipped('disabled');
  if (isReadOnly(field)) return skipped('readonly');
  if (decision.kind === 'extra-row') return skipped('no-data');

  switch (field.kind) {
    case 'select':
      return fillSelect(field, decision.source, profile, options, recorder);
    case 'radio':
      return fillRadio(field, decision.source, profile, options, recorder);
    default:
      return fillText(field, entry, decision.source, profile, options, recorder);
  }
}

/**
 * Writes the decided fields of a pending fill from the profile and reports what was written and
 * what was left alone. Only empty, visible, enabled and writable fields are written unless
 * `options.overwrite` is set. Fields the decisions leave out are neither written nor reported.
 *
 * The fields a rule took are written first, then the fields of `decisions`, which index
 * `pending.fields`. The previous state of every field written is kept for `undoLastFill`,
 * replacing what the fill before kept. `probe` replaces the visibility check, for tests in a DOM
 * without layout.
 */
export function writeDecisions(
  pending: PendingFill,
  decisions: readonly FieldDecision[],
  profile: FillProfile,
  options: FillOptions,
  probe?: VisibilityProbe,
): FillReport {
  if (probe) return writeWithProbe(pending, decisions, profile, options, probe);
  const hitTester = createCachedHitTester(pending.doc);
  try {
    return writeWithProbe(pending, decisions, profile, options, createVisibilityProbe(pending.doc, { hitTest: true, hitTester }));
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
  profile: FillProfile,
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
  // that the probe can reuse those layout reads. Each field is checked again before it is written.
  for (const entry of candidates) isVisible(entry.field, probe);

  const written: Array<{ element: Element; outcome: FilledField }> = [];
  for (const entry of candidates) {
    const outcome = fillOne(entry, profile, options, probe, recorder);
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
