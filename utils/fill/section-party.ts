/**
 * Reads which party a field's section is about, from the words of its group cell or section
 * heading. The worker does this while deciding, so the fill script need not bundle the words.
 */
import type { FieldDescriptor } from './descriptors';
import { hanPart, latinPart, normalizeLabel } from './text';
import type { Party, Vocabulary } from './vocabulary';

/** The order in which heading words are checked: a heading naming both 生产商 and 出口商 is about the producer. */
const PARTY_ORDER: readonly Party[] = ['foreign', 'producer', 'signer', 'exporter', 'enterprise'];

/** Returns the party a heading names, or null. 申请企业 and 企业 both count as the enterprise. */
export function classifyHeading(text: string, vocabulary: Vocabulary): Party | null {
  const label = normalizeLabel(text);
  const han = hanPart(label);
  const latin = ` ${latinPart(label)} `;
  for (const party of PARTY_ORDER) {
    const found =
      vocabulary.hanParties[party].some((word) => han.includes(word)) ||
      vocabulary.latinParties[party].some((word) => latin.includes(` ${word} `));
    if (found) return party === 'exporter' ? 'enterprise' : party;
  }
  return null;
}

/** Returns the party of a field's section. A row-spanning group cell (生产商 left of 名称) wins over the heading. */
export function sectionOf(field: FieldDescriptor, vocabulary: Vocabulary): Party | null {
  const group = field.labels.strong.find((label) => label.group !== null)?.group;
  const fromGroup = group ? classifyHeading(group, vocabulary) : null;
  if (fromGroup) return fromGroup;
  return field.heading === null ? null : classifyHeading(field.heading, vocabulary);
}
