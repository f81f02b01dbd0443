/** Label parsing with the built-in vocabulary, for code outside the injected fill script, such as tests. */
import { parseFieldNameWith, parseLabelWith } from './label-parser';
import { type ParsedLabel, VOCABULARY } from './vocabulary';

/** Parses a visible label with the built-in vocabulary (see `parseLabelWith`). */
export function parseLabel(text: string): ParsedLabel | null {
  return parseLabelWith(text, VOCABULARY);
}

/** Parses a field's name or id with the built-in vocabulary (see `parseFieldNameWith`). */
export function parseFieldName(identifier: string): ParsedLabel | null {
  return parseFieldNameWith(identifier, VOCABULARY);
}
