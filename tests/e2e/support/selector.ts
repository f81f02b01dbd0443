/**
 * Resolves the `>>>` selector notation of the portal fixtures' expected files: CSS segments read
 * left to right, each matching exactly one element, where every segment but the last enters an
 * iframe's document or an open shadow root.
 */
import type { ElementHandle, Frame, JSHandle, Page } from 'playwright-core';

type Scope = JSHandle<Document | ShadowRoot>;

async function documentOf(frame: Frame): Promise<Scope> {
  return frame.evaluateHandle(() => document as Document | ShadowRoot);
}

async function queryOne(scope: Scope, segment: string, selector: string): Promise<ElementHandle<Element>> {
  const count = await scope.evaluate((root, css) => root.querySelectorAll(css).length, segment);
  if (count !== 1) {
    throw new Error(`Segment "${segment}" of selector "${selector}" matched ${count} elements; it must match exactly one.`);
  }
  const handle = await scope.evaluateHandle((root, css) => root.querySelector(css) as Element, segment);
  const element = handle.asElement();
  if (!element) throw new Error(`Segment "${segment}" of selector "${selector}" did not return an element.`);
  return element;
}

async function enter(element: ElementHandle<Element>, segment: string, selector: string): Promise<Scope> {
  const tag = await element.evaluate((node) => node.tagName);
  if (tag === 'IFRAME' || tag === 'FRAME') {
    const frame = await element.contentFrame();
    if (!frame) throw new Error(`Frame "${segment}" of selector "${selector}" has no loaded document.`);
    return documentOf(frame);
  }
  const shadow = await element.evaluateHandle((node) => node.shadowRoot as Document | ShadowRoot | null);
  const isRoot = await shadow.evaluate((root) => root !== null);
  if (!isRoot) {
    throw new Error(`Segment "${segment}" of selector "${selector}" is neither a frame nor a host with an open shadow root.`);
  }
  return shadow as Scope;
}

/** Returns the element a fixture selector names, following frames and open shadow roots. Throws when a segment does not match exactly one element. */
export async function resolveField(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const segments = selector.split('>>>').map((segment) => segment.trim());
  let scope = await documentOf(page.mainFrame());
  for (const [index, segment] of segments.entries()) {
    const element = await queryOne(scope, segment, selector);
    if (index === segments.length - 1) return element;
    scope = await enter(element, segment, selector);
  }
  throw new Error(`Selector "${selector}" is empty.`);
}
