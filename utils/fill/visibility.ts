/**
 * Decides whether the user can see a field. The check is a replaceable object, so tests in a DOM
 * without layout (happy-dom) can supply their own. The default one uses layout when the document
 * has it and falls back to styles when it does not.
 */
import { isInput, isSelect, parentAcrossShadow } from './dom';
import { type HitTester, UNCACHED_HIT_TESTER } from './hit-test';

export interface VisibilityProbe {
  isVisible(element: Element): boolean;
}

/** Drawn faces of custom select widgets that stand for a hidden native `<select>` just before them. */
const SELECT_WIDGET_CLASS = /(?:^|\s)(?:layui-form-select|select2|select2-container|chosen-container)(?:\s|$)/;

/** Drawn faces of custom radios that stand for a hidden native radio just before them (layui). */
const RADIO_WIDGET_CLASS = /(?:^|\s)layui-form-radio(?:\s|$)/;

/**
 * Fields narrower or lower than this many CSS pixels are honeypots or screen-reader-only; the
 * smallest real control, a checkbox or radio, is about 13 px.
 */
const MIN_SIZE = 8;

/** Combined opacity under which a field counts as invisible. */
const MIN_OPACITY = 0.1;

/** Fields further right of the viewport than this many CSS pixels are treated as hidden. */
const MAX_RIGHT_OFFSET = 1000;

/** Returns whether the element or an ancestor is marked `hidden`, `inert` or `aria-hidden="true"`. */
function hiddenByAttributes(element: Element): boolean {
  for (let current: Element | null = element; current; current = parentAcrossShadow(current)) {
    if (current.getAttribute('aria-hidden') === 'true' || current.hasAttribute('inert') || current.hasAttribute('hidden')) {
      return true;
    }
  }
  return false;
}

function hiddenByStyle(element: Element, view: Window | null): boolean {
  if (typeof element.checkVisibility === 'function') {
    return !element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }
  if (!view) return false;
  const own = view.getComputedStyle(element);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return true;
  for (let current: Element | null = element; current; current = parentAcrossShadow(current)) {
    const style = view.getComputedStyle(current);
    if (style.display === 'none' || style.opacity === '0') return true;
  }
  return false;
}

/**
 * Returns whether an ancestor with `overflow: hidden` or `clip` cuts the element off completely,
 * as a panel collapsed to height 0 does. The search stops at the first scroll container, because
 * the user can scroll a field inside one into view.
 */
function clippedAway(element: Element, view: Window): boolean {
  const rect = element.getBoundingClientRect();
  for (let current = parentAcrossShadow(element); current; current = parentAcrossShadow(current)) {
    const style = view.getComputedStyle(current);
    const overflow = `${style.overflowX} ${style.overflowY}`;
    if (/auto|scroll/.test(overflow)) return false;
    if (!/hidden|clip/.test(overflow)) continue;
    const box = current.getBoundingClientRect();
    const overlaps = rect.right > box.left && rect.left < box.right && rect.bottom > box.top && rect.top < box.bottom;
    if (!overlaps) return true;
  }
  return false;
}

function filterOpacity(filter: string): number {
  let opacity = 1;
  for (const match of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) {
    const value = Number(match[1]);
    opacity *= match[2] === '%' ? value / 100 : value;
  }
  return opacity;
}

function isTransparentColor(color: string): boolean {
  if (color === 'transparent') return true;
  const alpha = /rgba\([^)]*,\s*([\d.]+)\s*\)/.exec(color);
  return alpha !== null && Number(alpha[1]) === 0;
}

/**
 * Returns whether paint effects make the field invisible although it has a box: a combined
 * opacity (with `filter: opacity()`) near zero, a clip on it or an ancestor, or text drawn in a
 * transparent colour or at size 0. Pages that hide a field to catch what is written into it use
 * exactly these tricks.
 */
function hiddenByPaint(element: Element, view: Window): boolean {
  const own = view.getComputedStyle(element);
  if (isTransparentColor(own.color) || parseFloat(own.fontSize) === 0) return true;
  let opacity = 1;
  for (let current: Element | null = element; current; current = parentAcrossShadow(current)) {
    const style = view.getComputedStyle(current);
    opacity *= Number(style.opacity || '1') * filterOpacity(style.filter);
    if (opacity < MIN_OPACITY) return true;
    if (style.clipPath !== '' && style.clipPath !== 'none') return true;
    if (style.clip !== '' && style.clip !== 'auto' && /absolute|fixed/.test(style.position)) return true;
  }
  return false;
}

function hiddenByLayout(element: Element, view: Window, hitTester: HitTester | null): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return true;
  // Off-screen to the left or above the page cannot be scrolled into view, and forms do not
  // place real fields far to the right of the viewport.
  if (rect.right + view.scrollX <= 0 || rect.bottom + view.scrollY <= 0) return true;
  if (rect.left >= view.innerWidth + MAX_RIGHT_OFFSET) return true;
  if (hiddenByPaint(element, view)) return true;
  if (hitTester && hitTester.isCovered(element, view)) return true;
  return clippedAway(element, view);
}

/** Returns a radio's labels, which custom radio styles show in place of the hidden native circle. */
function labelsOf(radio: HTMLInputElement): Element[] {
  const labels = radio.labels ? Array.from(radio.labels) : [];
  const wrapping = radio.closest('label');
  if (wrapping && !labels.includes(wrapping)) labels.push(wrapping);
  return labels;
}

/**
 * Creates the default probe for one document. A frame with no width (an iframe styled
 * `display:none`) hides everything in it. Layout checks (size, off-screen, clipping) run only when
 * the document has layout, which happy-dom does not.
 */
export interface ProbeOptions {
  /**
   * Whether an element drawn over the middle of a field hides it. Off for frames, because a
   * portal's notice layer often overlaps part of the frame that holds the form.
   */
  hitTest: boolean;
  /** Runs the hit tests, such as a tester that keeps results between writes. Defaults to a fresh hit test on each check. */
  hitTester?: HitTester;
}

export function createVisibilityProbe(doc: Document, options: ProbeOptions = { hitTest: true }): VisibilityProbe {
  const view = doc.defaultView;
  const frameHidden = view !== null && (view.innerWidth === 0 || view.innerHeight === 0);
  const hasLayout = doc.documentElement.getBoundingClientRect().width > 0;
  const hitTester = options.hitTest ? (options.hitTester ?? UNCACHED_HIT_TESTER) : null;

  const visibleOnItsOwn = (element: Element): boolean => {
    if (frameHidden) return false;
    if (isInput(element) && element.type === 'hidden') return false;
    if (hiddenByAttributes(element)) return false;
    if (hiddenByStyle(element, view)) return false;
    if (hasLayout && view && hiddenByLayout(element, view, hitTester)) return false;
    return true;
  };

  const isVisible = (element: Element): boolean => {
    if (visibleOnItsOwn(element)) return true;
    if (frameHidden || hiddenByAttributes(element)) return false;
    if (isSelect(element)) {
      const widget = element.nextElementSibling;
      return widget !== null && SELECT_WIDGET_CLASS.test(widget.getAttribute('class') ?? '') && visibleOnItsOwn(widget);
    }
    if (isInput(element) && element.type === 'radio') {
      const widget = element.nextElementSibling;
      if (widget !== null && RADIO_WIDGET_CLASS.test(widget.getAttribute('class') ?? '') && visibleOnItsOwn(widget)) return true;
      return labelsOf(element).some(visibleOnItsOwn);
    }
    return false;
  };

  return { isVisible };
}
