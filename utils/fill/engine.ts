/**
 * The whole fill of one document with the built-in vocabulary: the fields are described, their
 * sources decided and the fields written in one call. The extension runs the same steps split
 * across two injections per frame, with the decisions made in the worker (see
 * `utils/worker/fill-frames.ts`), so the injected fill script bundles neither this module nor the
 * vocabulary. This one serves the unit tests and the benchmark. It never enters iframes but does
 * enter open shadow roots, and it never submits a form.
 */
import { decideFields } from './decide';
import { describeDocument } from './describe';
import type { FillOptions, FillProfile, FillReport } from './types';
import type { VisibilityProbe } from './visibility';
import { sourceValues } from './values';
import { VOCABULARY } from './vocabulary';
import { writeDecisions } from './write';

/**
 * Fills the fields of one document from the profile and reports what was written and what was
 * left alone (see `writeDecisions`). Fields named by `options.rules` for this frame take their
 * rule's source first, and the label heuristics then decide the other fields. `probe` replaces
 * the visibility check, for tests in a DOM without layout.
 */
export function fillDocument(doc: Document, profile: FillProfile, options: FillOptions, probe?: VisibilityProbe): FillReport {
  const { pending, descriptors } = describeDocument(doc, options.rules ?? []);
  const decisions = decideFields(descriptors, VOCABULARY);
  return writeDecisions(pending, decisions, sourceValues(profile), options, probe);
}
