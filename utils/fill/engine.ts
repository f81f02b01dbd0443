/**
 * The fill engine with the built-in vocabulary. The injected fill script uses `engine-core.ts`
 * directly and receives the vocabulary with each fill, so it does not bundle it.
 */
import { fillDocumentWith } from './engine-core';
import type { FillOptions, FillProfile, FillReport } from './types';
import type { VisibilityProbe } from './visibility';
import { VOCABULARY } from './vocabulary';

/** Fills one document with the built-in vocabulary (see `fillDocumentWith`). */
export function fillDocument(doc: Document, profile: FillProfile, options: FillOptions, probe?: VisibilityProbe): FillReport {
  return fillDocumentWith(doc, profile, options, VOCABULARY, probe);
}
