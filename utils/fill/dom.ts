/**
 * DOM helpers that work across open shadow roots and across realms. Element types are checked by
 * tag name rather than `instanceof`, because each frame and each test environment has its own
 * element constructors.
 */

export type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function isInput(node: Node | null | undefined): node is HTMLInputElement {
  return isElement(node) && node.tagName === 'INPUT';
}

export function isTextArea(node: Node | null | undefined): node is HTMLTextAreaElement {
  return isElement(node) && node.tagName === 'TEXTAREA';
}

export function isSelect(node: Node | null | undefined): node is HTMLSelectElement {
  return isElement(node) && node.tagName === 'SELECT';
}

export function isFormControl(node: Node | null | undefined): node is FormControl {
  return isInput(node) || isTextArea(node) || isSelect(node);
}

export function isElement(node: Node | null | undefined): node is Element {
  return node !== null && node !== undefined && node.nodeType === 1;
}

function isShadowRoot(node: Node | null): node is ShadowRoot {
  return node !== null && node.nodeType === 11 && 'host' in node;
}

/** Returns the parent element, stepping from the top of a shadow tree to its host. */
export function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode;
  return isShadowRoot(parent) ? parent.host : null;
}

/** Returns the document or shadow root that contains the element. */
export function rootOf(element: Element): Document | ShadowRoot {
  const root = element.getRootNode();
  return isShadowRoot(root) ? root : element.ownerDocument;
}

/**
 * Lists the elements of a document in tree order, entering each open shadow root right after its
 * host. Frames are not entered, because the engine runs in each frame on its own.
 */
export function elementsInOrder(root: Document | ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  // `querySelectorAll('*')` lists the descendants in tree order natively, which on a page of
  // 5,000 inputs takes a few milliseconds where walking `children` in script took tens.
  const visit = (scope: ParentNode): void => {
    for (const element of Array.from(scope.querySelectorAll('*'))) {
      out.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return out;
}

/** Elements whose text is never part of a label. */
const TEXTLESS_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'NOSCRIPT']);

/** Elements that start a new line, so their text is kept apart from the text around them. */
const BLOCK_TAGS = new Set(['BR', 'DIV', 'P', 'LI', 'DT', 'DD', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND']);

/**
 * Returns the text a user reads in a node, whitespace collapsed. Inline elements join without a
 * space (`<span>*</span>企业名称` reads `*企业名称`). Skips scripts, option lists, buttons, and
 * elements marked `hidden` or `aria-hidden` or styled `display:none` inline.
 */
export function readableText(node: Node): string {
  const parts: string[] = [];
  const visit = (current: Node): void => {
    if (current.nodeType === 3) {
      parts.push(current.nodeValue ?? '');
      return;
    }
    if (!isElement(current)) return;
    if (TEXTLESS_TAGS.has(current.tagName)) return;
    if (current.hasAttribute('hidden') || current.getAttribute('aria-hidden') === 'true') return;
    const style = current.getAttribute('style') ?? '';
    if (/display\s*:\s*none/i.test(style)) return;
    const block = BLOCK_TAGS.has(current.tagName);
    if (block) parts.push(' ');
    for (const child of Array.from(current.childNodes)) visit(child);
    if (block) parts.push(' ');
  };
  visit(node);
  return parts.join('').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

/** Returns whether the element contains a form control other than buttons and hidden inputs. */
export function containsControl(element: Element): boolean {
  for (const control of Array.from(element.querySelectorAll('input, select, textarea'))) {
    if (isInput(control) && ['hidden', 'button', 'submit', 'reset', 'image'].includes(control.type)) continue;
    return true;
  }
  return false;
}

/** Strips query and fragment from a URL. */
export function withoutQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}
