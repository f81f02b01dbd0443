/**
 * Globals that the injected fill script installs in the extension's isolated world of each
 * frame. Page scripts run in another world, so they can neither call these nor read them.
 */
import type { FrameCheck } from './child-frames';
import type { FieldDecision } from './descriptors';
import type { PendingFills } from './frame-phases';
import type { FillHistory } from './history';
import type { FieldRule, FillOptions, FillReport, UndoReport } from './types';
import type { SourceValues } from './values';

declare global {
  // Describes this frame's fields as JSON and keeps them for the write; installed by `entrypoints/fill-frame.ts`.
  var __ftaAssistantDescribe: ((token: string, rules: FieldRule[]) => string) | undefined;
  // Writes the decided fields of a described fill; installed by `entrypoints/fill-frame.ts`.
  var __ftaAssistantWrite:
    | ((token: string, decisions: FieldDecision[], values: SourceValues, options: FillOptions) => FillReport | null)
    | undefined;
  // Restores the fields the last fill in this frame changed; installed by `entrypoints/fill-frame.ts`.
  var __ftaAssistantUndo: (() => UndoReport) | undefined;
  // Learns from the parent frame whether this frame is shown; installed once per frame.
  var __ftaAssistantFrameCheck: FrameCheck | undefined;
  // Fields described by a fill and not yet written, by the fill's token.
  var __ftaAssistantPendingFills: PendingFills | undefined;
  // Previous field states, kept on the global so that injecting the script again keeps them.
  var __ftaAssistantFillHistory: FillHistory | undefined;
}

export {};
