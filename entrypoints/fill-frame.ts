import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFrameCheck } from '@/utils/fill/child-frames';
import { fillDocumentWith } from '@/utils/fill/engine-core';
import '@/utils/fill/globals';
import { undoLastFill } from '@/utils/fill/undo';

// Injected into every frame of the tab by the worker. The functions live in the extension's
// isolated world, so page scripts can neither call them nor read what they are given. The worker
// passes the label vocabulary with each fill, so this script does not bundle it.
export default defineUnlistedScript(() => {
  globalThis.__ftaAssistantFill = (profile, options, vocabulary) => fillDocumentWith(document, profile, options, vocabulary);
  globalThis.__ftaAssistantUndo = () => undoLastFill(document);
  // The script is injected again for every fill; one message listener per frame is enough.
  globalThis.__ftaAssistantFrameCheck ??= createFrameCheck(window);
});
