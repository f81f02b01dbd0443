/**
 * The fill engine, with the vocabulary passed in. It runs inside one frame's document, so it
 * never enters iframes (the caller injects it into every frame), but it does enter open shadow
 * roots. It is synchronous, imports nothing beyond this folder and `../mask`, and never submits
 * a form.
 */
import { type CollectedField, collectFields } from './collect';
import { type DecidedField, decideFields } from './decide';
import { withoutQuery } from './dom';
import { FillRecorder } from './history';
import { checkRadio, chooseSelectOption, writeText } from './insert';
import { radioOptionText } from './labels';
import { chooseOption, chooseRadio } from './options';
import { decideByRules } from './rules';
import type { FilledField, FillOptions, FillProfile, FillReport, FillSource, SkipReason } from './types';
import { choiceTargets, shownValue, textValue } from './values';
import { createCachedHitTester } from './hit-test';
import { type VisibilityProbe, createVisibilityProbe } from './visibility';
import type { Vocabulary } from './vocabulary';
import { syncSelectWidget } from './widgets';

type Outcome = { kind: 'filled'; shown: string } | { kind: 'skipped'; reason: SkipReason } | { kind: 'silent' };

const filled = (shown: string): Outcome => ({ kind: 'filled', shown });
const skipped = (reason: SkipReason): Outcome => ({ kind: 'skipped', reason });
const SILENT: Outcome = { kind: 'silent' };

/**
 * Returns whether a control is disabled, by its own attribute or by a disabled fieldset around it.
 * The fieldset is checked by hand because happy-dom leaves it out of `:disabled`. A control in the
 * fieldset's first legend stays enabled, as the HTML standard specifies.
 */
function isControlDisabled(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): boolean {
  if (control.disabled || control.matches(':disabled')) return true;
  for (let fieldset = control.closest('fieldset'); fieldset; fieldset = fieldset.parentElement?.closest('fieldset') ?? null) {
    if (!fieldset.disabled) continue;
    const legend = fieldset.querySelector(':scope > legend');
    if (!legend || !legend.contains(control)) return true;
  }
  return false;
}

function isDisabled(field: CollectedField): boolean {
  if (field.kind === 'radio') return field.radios.every(isControlDisabled);
  return isControlDisabled(field.element);
}

function isReadOnly(field: CollectedField): boolean {
  const element = field.element;
  if (element.getAttribute('aria-readonly') === 'true') return true;
  return field.kind === 'text' || field.kind === 'textarea' ? (element as HTMLInputElement).readOnly : false;
}

function isVisible(field: CollectedField, probe: VisibilityProbe): boolean {
  if (field.kind === 'radio') return field.radios.some((radio) => probe.isVisible(radio));
  return probe.isVisible(field.element);
}

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
  if (decision.kind === 'none') return SILENT;
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
 * Fills the fields of one document from the profile and reports what was written and what was
 * left alone. Only empty, visible, enabled and writable fields are written unless
 * `options.overwrite` is set. Fields that match no data source are neither written nor reported.
 *
 * Fields named by `options.rules` for this frame take their rule's source first, and the label
 * heuristics then decide the other fields. The previous state of every field written is kept for
 * `undoLastFill`, replacing what the fill before kept.
 *
 * Labels are read with `vocabulary`. `probe` replaces the visibility check, for tests in a DOM
 * without layout.
 */
export function fillDocumentWith(
  doc: Document,
  profile: FillProfile,
  options: FillOptions,
  vocabulary: Vocabulary,
  probe?: VisibilityProbe,
): FillReport {
  if (probe) return fillWithProbe(doc, profile, options, vocabulary, probe);
  const hitTester = createCachedHitTester(doc);
  try {
    return fillWithProbe(doc, profile, options, vocabulary, createVisibilityProbe(doc, { hitTest: true, hitTester }));
  } finally {
    hitTester.release();
  }
}

function fillWithProbe(
  doc: Document,
  profile: FillProfile,
  options: FillOptions,
  vocabulary: Vocabulary,
  probe: VisibilityProbe,
): FillReport {
  const frame = withoutQuery(doc.URL);
  const report: FillReport = { filled: [], skipped: [] };
  const recorder = new FillRecorder();
  const fields = collectFields(doc, vocabulary);
  const ruled = decideByRules(doc, options.rules ?? [], fields);
  const ruledElements = new Set(ruled.map((entry) => entry.field.element));
  const writable = (field: CollectedField): boolean => isVisible(field, probe) && !isDisabled(field) && !isReadOnly(field);
  // Fields taken by a rule still give their neighbours context, but compete for no source.
  const heuristic = decideFields(fields, (field) => !ruledElements.has(field.element) && writable(field), vocabulary).filter(
    (entry) => !ruledElements.has(entry.field.element),
  );

  const candidates = [...ruled, ...heuristic].filter((entry) => entry.decision.kind !== 'none');
  // Every candidate is checked once before the first write, while the page is as it loaded, so
  // that the probe can reuse those layout reads. Each field is checked again before it is written.
  for (const entry of candidates) isVisible(entry.field, probe);

  const written: Array<{ element: Element; outcome: FilledField }> = [];
  for (const entry of candidates) {
    const { decision } = entry;
    if (decision.kind === 'none') continue;
    const outcome = fillOne(entry, profile, options, probe, recorder);
    const base = { label: entry.displayLabel, source: decision.source, frame };
    if (outcome.kind === 'filled') written.push({ element: entry.field.element, outcome: { ...base, shown: outcome.shown } });
    if (outcome.kind === 'skipped') report.skipped.push({ ...base, reason: outcome.reason });
  }
  // A field the page replaced after it was written no longer shows the value, so it is not reported as filled.
  for (const { element, outcome } of written) {
    if (element.isConnected) report.filled.push(outcome);
    else report.skipped.push({ label: outcome.label, source: outcome.source, frame: outcome.frame, reason: 'replaced' });
  }
  recorder.commit(doc);
  return report;
}
