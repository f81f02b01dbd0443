/**
 * Tells frames whether their parent shows them. A frame cannot see from inside whether its
 * `<iframe>` element is visible when the parent is on another origin, so each parent posts its
 * verdict to its child frames' windows, tagged with a nonce of this fill. A frame that hears
 * "hidden" from its parent also tells its own children, so after a few rounds a hidden frame's
 * whole subtree knows. Page scripts never see the nonce of a frame's own parent, so they can
 * only make a frame hidden, never visible.
 */
import { createVisibilityProbe } from './visibility';

interface FrameVerdict {
  ftaAssistantNonce: string;
  hidden: boolean;
}

export interface FrameCheck {
  /** Starts a check with a fresh nonce and forgets earlier verdicts. */
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
