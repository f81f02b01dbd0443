/** Globals that `entrypoints/teach-picker` installs in the extension's isolated world of each frame. */
declare global {
  var __ftaAssistantStartPicker: (() => void) | undefined;
  var __ftaAssistantStopPicker: (() => void) | undefined;
}

export {};
