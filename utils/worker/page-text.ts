/**
 * Cleans text that a page supplied, such as the labels in a fill report, before the popup or the
 * toast shows it. A page can put control characters into its labels, and a bidirectional override
 * would make the rest of a report line read reversed.
 */
import { stripBidiControls } from '../api/bidi';

/** C0 and C1 control characters, DEL, and the zero-width space, soft hyphen and BOM. */
const INVISIBLE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b\uFEFF]/g;

/** Removes bidirectional controls and invisible characters, and trims the result. */
export function cleanPageText(text: string): string {
  return stripBidiControls(text).replace(INVISIBLE_CHARACTERS, '').trim();
}
