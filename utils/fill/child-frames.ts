/**
 * Tells frames whether their parent shows them. A frame cannot see from inside whether its
 * `<iframe>` element is visible when the parent is on another origin, so each parent posts its
 * verdict to its child frames' windows, tagged with a nonce of this fill. A frame that receives
 * "hidden" from its parent passes it on to its own children, so after a few rounds every frame
 * below a hidden frame is marked hidden too. Only a message from the frame's parent window
 * counts, and a verdict can only mark a frame hidden, so a page script that reads the nonce can
 * stop a fill but never make a hidden frame receive data.
 */
import { createVisibilityProbe } from './visibility';

interface FrameVerdict {
  ftaAssistantNonce: string;
  hidden: boolean;
}

export interface FrameCheck {
  /** Starts a check with a fresh nonce and clears earlier verdicts. */
  arm(nonce: string): void;
  /** Posts to each child frame whether it is hidden, by its own element or by this frame. */
  notifyChildren(): void;
  /** Returns whether this frame's parent reported it hidden. */
  isHiddenByParent(): boolean;
}

function isVerdict(data: unknown): data is FrameVerdict {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return typeof record.ftaAssistantNonce === 'string' && typeof record.hidden === 'boolean';
}

export function createFrameCheck(win: Window): FrameCheck {
  let nonce = '';
  let hiddenByParent = false;

  win.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== win.parent || win.parent === win || nonce === '') return;
    if (isVerdict(event.data) && event.data.ftaAssistantNonce === nonce && event.data.hidden) hiddenByParent = true;
  });

  return {
    arm(nextNonce) {
      nonce = nextNonce;
      hiddenByParent = false;
    },
    notifyChildren() {
      const doc = win.document;
      const probe = createVisibilityProbe(doc, { hitTest: false });
      for (const element of Array.from(doc.querySelectorAll('iframe, frame'))) {
        const child = (element as HTMLIFrameElement).contentWindow;
        if (!child) continue;
        const verdict: FrameVerdict = { ftaAssistantNonce: nonce, hidden: hiddenByParent || !probe.isVisible(element) };
        child.postMessage(verdict, '*');
      }
    },
    isHiddenByParent() {
      return hiddenByParent;
    },
  };
}
