import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFrameCheck } from '@/utils/fill/child-frames';
import { fillDocument } from '@/utils/fill/engine';
import '@/utils/fill/globals';
import { undoLastFill } from '@/utils/fill/undo';

// Injected into every frame of the tab by the worker. The functions live in the extension's
// isolated world, so page scripts can neither call them nor read what they are given.
export default defineUnlistedScript(() => {
  globalThis.__ftaAssistantFill = (profile, options) => fillDocument(document, profile, options);
  globalThis.__ftaAssistantUndo = () => undoLastFill(document);
  // The script is injected again for every fill; one message listener per frame is enough.
  globalThis.__ftaAssistantFrameCheck ??= createFrameCheck(window);
});
