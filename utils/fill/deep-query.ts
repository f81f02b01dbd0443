/**
 * Resolves a selector written as CSS segments joined by `>>>`, where each segment but the last
 * names a host whose open shadow root the next segment searches. Frames are not entered, because
 * the engine runs in each frame on its own.
 */

/** Returns the one element the selector names, or null when a segment matches none or several, or is invalid CSS. */
export function queryDeep(doc: Document, selector: string): Element | null {
  const segments = selector.split('>>>').map((segment) => segment.trim());
  let scope: Document | ShadowRoot = doc;
  for (const [index, segment] of segments.entries()) {
    if (segment === '') return null;
    let matches: NodeListOf<Element>;
    try {
      matches = scope.querySelectorAll(segment);
    } catch {
      return null;
    }
    const element = matches.length === 1 ? matches[0] : undefined;
    if (!element) return null;
    if (index === segments.length - 1) return element;
    if (!element.shadowRoot) return null;
    scope = element.shadowRoot;
  }
  return null;
}
