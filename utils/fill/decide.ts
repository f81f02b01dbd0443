/**
 * Decides which data source each described field takes. Label text wins over the field's name;
 * the name completes a bare label (名称 with `qymc`) and raises confidence when it agrees. The
 * worker runs this between the two injections of a fill, so the fill script does not bundle it.
 * When several fields claim one source, the frame settles it (see `competition.ts`), because only
 * the frame can tell which of them are writable.
 */
import type { Decision, FieldDecision, FieldDescriptor } from './descriptors';
import { parseFieldNameWith, parseLabelWith } from './label-parser';
import { type FieldContext, type Resolution, completeWithName, resolveLabel } from './resolve';
import { sectionOf } from './section-party';
import { collapseWhitespace, normalizeLabel } from './text';
import type { ParsedLabel, Vocabulary } from './vocabulary';

/** Confidence levels of a field's source. The higher level wins when two fields claim one source. */
const Confidence = {
  NameOnly: 1,
  WeakLabel: 2,
  Label: 3,
  /** A label, with the field's name agreeing or completing it. */
  LabelAndName: 4,
} as const;

interface Reading {
  parse: ParsedLabel;
  /** The text the parse came from. */
  text: string;
  strength: 'label' | 'weak';
}

/** Reads the first recognised label: a grouped label (联系人 + 电话) first, then the label alone. */
function readLabel(field: FieldDescriptor, vocabulary: Vocabulary): Reading | null {
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

function readName(field: FieldDescriptor, vocabulary: Vocabulary): ParsedLabel | null {
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

function displayLabelOf(field: FieldDescriptor, reading: Reading | null): string {
  if (reading) return cleanDisplay(reading.text);
  const first = field.labels.strong[0];
  if (first) return cleanDisplay(first.group ? `${first.group} ${first.text}` : first.text);
  return field.labels.weak[0] ?? field.labels.identifiers[0] ?? '';
}

function isEnglishOnly(text: string): boolean {
  return !/[\u3400-\u9fff]/.test(text) && /[a-z]/i.test(normalizeLabel(text));
}

/** Resolves one field from its label reading and name reading. Returns null when neither maps to a source. */
function decideOne(reading: Reading | null, name: ParsedLabel | null, context: FieldContext): Decision | null {
  if (!reading) {
    if (!name) return null;
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

function fromResolution(resolution: Resolution, confidence: number): Decision | null {
  switch (resolution.kind) {
    case 'source':
      return { kind: 'source', source: resolution.source, confidence };
    case 'ambiguous':
      return { kind: 'ambiguous', source: resolution.candidate };
    default:
      return null;
  }
}

/**
 * Decides the source of every field that no taught rule took. Fields whose label and name map to
 * no source are left out. Ruled fields are read too, because a bare label looks at its neighbours.
 */
export function decideFields(fields: readonly FieldDescriptor[], vocabulary: Vocabulary): FieldDecision[] {
  const readings = fields.map((field) => readLabel(field, vocabulary));
  const names = fields.map((field) => readName(field, vocabulary));
  const primary = readings.map((reading, index) => reading?.parse ?? names[index] ?? null);

  const decided: FieldDecision[] = [];
  fields.forEach((field, index) => {
    if (field.ruled) return;
    const reading = readings[index] ?? null;
    const context: FieldContext = {
      section: sectionOf(field, vocabulary),
      multiline: field.kind === 'textarea',
      previous: primary[index - 1] ?? null,
      next: primary[index + 1] ?? null,
    };
    const decision = decideOne(reading, names[index] ?? null, context);
    if (!decision) return;
    decided.push({
      index,
      decision,
      displayLabel: displayLabelOf(field, reading),
      englishLabel: reading ? isEnglishOnly(reading.text) : false,
    });
  });
  return decided;
}
