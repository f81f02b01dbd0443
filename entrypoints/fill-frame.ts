import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFrameCheck } from '@/utils/fill/child-frames';
import { describeFrame, writeFrame } from '@/utils/fill/frame-phases';
import '@/utils/fill/globals';
import { undoLastFill } from '@/utils/fill/undo';

// Injected into every frame of the tab by the worker. The functions live in the extension's
// isolated world, so page scripts can neither call them nor read what they are given. A fill calls
// the describe function, decides the sources in the worker, then calls the write function, so
// this script bundles neither the label vocabulary nor the decision logic.
export default defineUnlistedScript(() => {
  globalThis.__ftaAssistantDescribe = (token, rules) => describeFrame(document, token, rules);
  globalThis.__ftaAssistantWrite = (token, decisions, values, options) => writeFrame(document, token, decisions, values, options);
  globalThis.__ftaAssistantUndo = () => undoLastFill(document);
  // The script is injected again for every fill; one message listener per frame is enough.
  globalThis.__ftaAssistantFrameCheck ??= createFrameCheck(window);
});
