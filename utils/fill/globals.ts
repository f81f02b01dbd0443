/**
 * Globals that the injected fill script installs in the extension's isolated world of each
 * frame. Page scripts run in another world, so they can neither call these nor read them.
 */
import type { FrameCheck } from './child-frames';
import type { FillHistory } from './history';
import type { FillOptions, FillProfile, FillReport, UndoReport } from './types';
import type { Vocabulary } from './vocabulary';

declare global {
  // Fills this frame's document; installed by `entrypoints/fill-frame.ts`.
  var __ftaAssistantFill: ((profile: FillProfile, options: FillOptions, vocabulary: Vocabulary) => FillReport) | undefined;
  // Restores the fields the last fill in this frame changed; installed by `entrypoints/fill-frame.ts`.
  var __ftaAssistantUndo: (() => UndoReport) | undefined;
  // Learns from the parent frame whether this frame is shown; installed once per frame.
  var __ftaAssistantFrameCheck: FrameCheck | undefined;
  // Previous field states, kept on the global so that injecting the script again keeps them.
  var __ftaAssistantFillHistory: FillHistory | undefined;
}

export {};
