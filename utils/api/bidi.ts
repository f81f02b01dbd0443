/**
 * Unicode bidirectional control characters: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the marks U+200E, U+200F and U+061C. An override inside a name makes the
 * rest of it show reversed, which could disguise one enterprise or certificate as another.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes bidirectional control characters, which no name, code or address in this API needs. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Strips bidirectional control characters from every string, as a `JSON.parse` reviver. */
export function reviveWithoutBidiControls(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? stripBidiControls(value) : value;
}
