/**
 * Decides which data source each collected field takes. Label text wins over the field's name;
 * the name completes a bare label (名称 with `qymc`) and raises confidence when it agrees. When
 * several writable fields claim one source, only the best one keeps it.
 */
import type { CollectedField } from './collect';
import { parseFieldNameWith, parseLabelWith } from './label-parser';
import { type FieldContext, type Resolution, completeWithName, resolveLabel } from './resolve';
import { collapseWhitespace, normalizeLabel } from './text';
import type { FillSource } from './types';
import type { ParsedLabel, Vocabulary } from './vocabulary';

/** Confidence levels of a field's source. The higher level wins when two fields claim one source. */
const Confidence = {
  NameOnly: 1,
  WeakLabel: 2,
  Label: 3,
  /** A label, with the field's name agreeing or completing it. */
  LabelAndName: 4,
} as const;

export type Decision =
  | { kind: 'source'; source: FillSource; confidence: number }
  | { kind: 'ambiguous'; source: FillSource }
  /** A later row of a repeated field; the profile has data for one row only. */
  | { kind: 'extra-row'; source: FillSource }
  | { kind: 'none' };

export interface DecidedField {
  field: CollectedField;
  decision: Decision;
  /** The label as the user sees it, or the field's name or id. */
  displayLabel: string;
  /** True when the label is in English only, so a country goes in by its English name. */
  englishLabel: boolean;
}

interface Reading {
  parse: ParsedLabel;
  /** The text the parse came from. */
  text: string;
  strength: 'label' | 'weak';
}

/** Reads the first recognised label: a grouped label (联系人 + 电话) first, then the label alone. */
function readLabel(field: CollectedField, vocabulary: Vocabulary): Reading | null {
  for (const label of field.labels.strong) {
    if (label.group !== null) {
      const grouped = parseLabelWith(label.group + label.text, vocabulary);
      if (grouped) return { parse: grouped, text: `${label.group} ${label.text}`, strength: 'label' };
    }
    const parse = parseLabelWith(label.text, vocabulary);
    if (parse) return { parse, text: label.text, strength: 'label' };
  }
  for (const text of field.labels.weak) {
    const parse = parseLabelWith(text, vocabulary);
    if (parse) return { parse, text, strength: 'weak' };
  }
  return null;
}

function readName(field: CollectedField, vocabulary: Vocabulary): ParsedLabel | null {
  for (const identifier of field.labels.identifiers) {
    const parse = parseFieldNameWith(identifier, vocabulary);
    if (parse) return parse;
  }
  return null;
}

/**
 * Removes stars, the trailing colon and the padding between Han characters, so the report shows
 * 企业名称 for `*企业名称：` and 电话 for `电　　话：`.
 */
function cleanDisplay(text: string): string {
  const collapsed = collapseWhitespace(text.replace(/[*＊]/g, '')).replace(/[:：]+$/, '').trim();
  return collapsed.replace(/([\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '$1');
}

function displayLabelOf(field: CollectedField, reading: Reading | null): string {
  if (reading) return cleanDisplay(reading.text);
  const first = field.labels.strong[0];
  if (first) return cleanDisplay(first.group ? `${first.group} ${first.text}` : first.text);
  return field.labels.weak[0] ?? field.labels.identifiers[0] ?? '';
}

function isEnglishOnly(text: string): boolean {
  return !/[\u3400-\u9fff]/.test(text) && /[a-z]/i.test(normalizeLabel(text));
}

/** Resolves one field from its label reading and name reading. */
function decideOne(reading: Reading | null, name: ParsedLabel | null, context: FieldContext): Decision {
  if (!reading) {
    if (!name) return { kind: 'none' };
    return fromResolution(resolveLabel(name, context), Confidence.NameOnly);
  }
  const resolution = resolveLabel(reading.parse, context);
  const base = reading.strength === 'label' ? Confidence.Label : Confidence.WeakLabel;
  if (resolution.kind === 'ambiguous' && name) {
    const completed = completeWithName(reading.parse, name);
    const retried = completed ? resolveLabel(completed, context) : null;
    if (retried?.kind === 'source') return fromResolution(retried, Confidence.LabelAndName);
  }
  if (resolution.kind === 'source' && name) {
    const byName = resolveLabel(name, context);
    if (byName.kind === 'source' && byName.source === resolution.source) return fromResolution(resolution, base + 1);
  }
  return fromResolution(resolution, base);
}

function fromResolution(resolution: Resolution, confidence: number): Decision {
  switch (resolution.kind) {
    case 'source':
      return { kind: 'source', source: resolution.source, confidence };
    case 'ambiguous':
      return { kind: 'ambiguous', source: resolution.candidate };
    default:
      return { kind: 'none' };
  }
}

/**
 * Decides every field's source. `writable` returns whether a field could be written at all
 * (visible, enabled, not readonly), and only writable fields compete when several claim one source.
 */
export function decideFields(
  fields: readonly CollectedField[],
  writable: (field: CollectedField) => boolean,
  vocabulary: Vocabulary,
): DecidedField[] {
  const readings = fields.map((field) => readLabel(field, vocabulary));
  const names = fields.map((field) => readName(field, vocabulary));
  const primary = readings.map((reading, index) => reading?.parse ?? names[index] ?? null);

  const decided = fields.map((field, index): DecidedField => {
    const reading = readings[index] ?? null;
    const context: FieldContext = {
      section: field.section,
      multiline: field.kind === 'textarea',
      previous: primary[index - 1] ?? null,
      next: primary[index + 1] ?? null,
    };
    return {
      field,
      decision: decideOne(reading, names[index] ?? null, context),
      displayLabel: displayLabelOf(field, reading),
      englishLabel: reading ? isEnglishOnly(reading.text) : false,
    };
  });
  settleCompetition(decided, writable);
  return decided;
}

const TEXT_INPUT_TYPES = new Set(['text', 'tel', 'email', 'url', 'number', '']);

/** Returns the row a repeated field sits in: its table row, or the element that carries the row index. */
function rowOf(element: Element): Element | null {
  return element.closest('tr, [data-row], [data-index]') ?? element.parentElement?.parentElement ?? null;
}

/** Returns whether every text box of the field's row is empty, so a new entry may go there. */
function isRowEmpty(entry: DecidedField): boolean {
  const row = rowOf(entry.field.element);
  if (!row) return entry.field.element.value === '';
  const boxes = Array.from(row.querySelectorAll('input, textarea')) as (HTMLInputElement | HTMLTextAreaElement)[];
  return boxes.every((box) => (box.tagName === 'INPUT' && !TEXT_INPUT_TYPES.has((box as HTMLInputElement).type)) || box.value === '');
}

/** Returns the first row of a repeated field whose row is empty, or the first row when every row contains data. */
function firstEmptyRow(rows: readonly DecidedField[]): DecidedField | undefined {
  return rows.find(isRowEmpty) ?? rows[0];
}

/**
 * Leaves one field per source. Rows of one repeated field yield to the first empty row, such as
 * the row a user added with 添加申报员 after filling the one before. Otherwise the
 * single most confident field keeps the source and the others become ambiguous, as all do on a tie.
 */
function settleCompetition(decided: DecidedField[], writable: (field: CollectedField) => boolean): void {
  const bySource = new Map<FillSource, DecidedField[]>();
  for (const entry of decided) {
    if (entry.decision.kind !== 'source' || !writable(entry.field)) continue;
    const list = bySource.get(entry.decision.source) ?? [];
    list.push(entry);
    bySource.set(entry.decision.source, list);
  }
  for (const [source, claims] of bySource) {
    if (claims.length < 2) continue;
    const confidenceOf = (entry: DecidedField): number => (entry.decision.kind === 'source' ? entry.decision.confidence : 0);
    const best = Math.max(...claims.map(confidenceOf));
    const leaders = claims.filter((entry) => confidenceOf(entry) === best);
    const firstLeader = leaders[0];
    const oneRepeatedField =
      firstLeader !== undefined &&
      firstLeader.field.repeatKey !== null &&
      leaders.every((entry) => entry.field.repeatKey === firstLeader.field.repeatKey);
    let winner: DecidedField | undefined;
    if (leaders.length === 1) winner = firstLeader;
    else if (oneRepeatedField) winner = firstEmptyRow(leaders);
    for (const entry of claims) {
      if (entry === winner) continue;
      const sameRows = winner !== undefined && entry.field.repeatKey !== null && entry.field.repeatKey === winner.field.repeatKey;
      entry.decision = sameRows ? { kind: 'extra-row', source } : { kind: 'ambiguous', source };
    }
  }
}
