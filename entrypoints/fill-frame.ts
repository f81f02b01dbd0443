import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fillDocument } from '@/utils/fill/engine';

// Injected into every frame of the tab by the worker. The function lives in the extension's
// isolated world, so page scripts can neither call it nor read what it is given.
export default defineUnlistedScript(() => {
  globalThis.__ftaAssistantFill = (profile, options) => fillDocument(document, profile, options);
});
