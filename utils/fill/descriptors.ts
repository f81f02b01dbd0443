/**
 * Plain data that a fill passes between a frame and the worker. A fill runs in two injections per
 * frame: the first collects the fields and returns a `FieldDescriptor` for each, the worker decides
 * their sources from the descriptors, and the second injection writes the `FieldDecision`s. The
 * types hold no DOM nodes, so they survive the structured clone of `chrome.scripting`.
 */
import type { FillSource } from './types';

export type FieldKind = 'text' | 'textarea' | 'select' | 'radio';

/**
 * The reply of a frame whose descriptors would exceed `MAX_DESCRIPTION_LENGTH`. Sending such a
 * reply could stall or crash the extension, so the frame is left out of the fill.
 */
export const FRAME_TOO_LARGE = 'too-large';

/** Maximum length of one frame's descriptors as JSON, in UTF-16 code units (an estimate well above any portal form's). */
export const MAX_DESCRIPTION_LENGTH = 4_000_000;

/**
 * Maximum length of a label, name or heading text described to the worker. A longer text names no
 * field on a portal form, so it is left out rather than cut, because a cut text could read as a label.
 */
export const MAX_DESCRIBED_TEXT_LENGTH = 200;

/** A visible label text of a field. */
export interface DescribedLabel {
  text: string;
  /** A table cell that groups several rows, such as 联系人 left of 姓名 and 电话. */
  group: string | null;
}

/** A collected field as its frame describes it to the worker. */
export interface FieldDescriptor {
  kind: FieldKind;
  labels: {
    strong: DescribedLabel[];
    /** Placeholder and title texts, instruction words removed. */
    weak: string[];
    /** The `name` and `id` attributes. */
    identifiers: string[];
  };
  /** The text of the nearest section heading before the field, such as 生产商信息, or null. */
  heading: string | null;
  /** True when a taught rule already took the field. It still gives its neighbours context. */
  ruled: boolean;
}

/** The source a field takes, the source it fits too loosely to write, or a later row of a repeated field. */
export type Decision =
  | { kind: 'source'; source: FillSource; confidence: number }
  | { kind: 'ambiguous'; source: FillSource }
  /** A later row of a repeated field, which is not written because the profile has data for one row only. */
  | { kind: 'extra-row'; source: FillSource };

/** The source the worker decided for one described field. */
export interface FieldDecision {
  /** Position of the field in its frame's descriptor list. */
  index: number;
  decision: Decision;
  /** The label as the user sees it, or the field's name or id. */
  displayLabel: string;
  /** True when the label is in English only, so a country goes in by its English name. */
  englishLabel: boolean;
}
