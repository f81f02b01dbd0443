/**
 * Hit tests: whether another element is drawn over a field. In Chromium 156 the first
 * `elementFromPoint` after a value was written redoes paint work for the whole page. That took
 * about 5 ms on the 5,000-input bench page (two EPYC cores), paid once per field written.
 * The cached tester lets the engine hit-test its candidates before the first write and reuse
 * those results while the page stays as it was.
 */

export interface HitTester {
  /** Returns whether another element is drawn over the middle of the element. */
  isCovered(element: Element, view: Window): boolean;
  /** Stops watching the page. The tester must not be used afterwards. */
  release(): void;
}

/**
 * Returns whether another element is drawn over the middle of the field. Only fields inside the
 * viewport can be hit-tested; the others are given the benefit of the doubt.
 */
function coveredByAnotherElement(element: Element, view: Window): boolean {
  const rect = element.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
  const root = element.getRootNode() as Partial<DocumentOrShadowRoot>;
  const top = typeof root.elementFromPoint === 'function' ? root.elementFromPoint(x, y) : element.ownerDocument.elementFromPoint(x, y);
  if (top === null) return false;
  if (top === element || element.contains(top) || top.contains(element)) return false;
  // A label drawn over its own control (custom checkboxes and radios) does not hide it.
  return !(top.tagName === 'LABEL' && (top as HTMLLabelElement).control === element);
}

/** Hit-tests on every call. */
export const UNCACHED_HIT_TESTER: HitTester = {
  isCovered: coveredByAnotherElement,
  release() {},
};

interface CachedResult {
  left: number;
  top: number;
  width: number;
  height: number;
  covered: boolean;
}

/**
 * Creates a tester that reuses a field's result while no mutation was observed in the document
 * or in the open shadow root of a tested field, and the field's box has not moved. Any mutation,
 * such as a dialog the page opens when a field changes, clears every result. The fill's own
 * value writes cause no mutation.
 *
 * NOTE: a page that covers a field through CSS alone when another field's value changes (a
 * `:valid` or `:placeholder-shown` rule), or from inside a closed shadow root, changes no observed
 * node, so that field keeps the result it had before the fill's first write.
 */
export function createCachedHitTester(doc: Document): HitTester {
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return UNCACHED_HIT_TESTER;
  const results = new Map<Element, CachedResult>();
  const observer = new Observer(() => results.clear());
  const watchedRoots = new Set<Node>();
  const watch = (root: Node): void => {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  watch(doc);

  return {
    isCovered(element, view) {
      if (observer.takeRecords().length > 0) results.clear();
      watch(element.getRootNode());
      const rect = element.getBoundingClientRect();
      const cached = results.get(element);
      if (
        cached &&
        cached.left === rect.left &&
        cached.top === rect.top &&
        cached.width === rect.width &&
        cached.height === rect.height
      ) {
        return cached.covered;
      }
      const covered = coveredByAnotherElement(element, view);
      results.set(element, { left: rect.left, top: rect.top, width: rect.width, height: rect.height, covered });
      return covered;
    },
    release() {
      observer.disconnect();
      results.clear();
    },
  };
}
