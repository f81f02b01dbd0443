/**
 * Reads and clicks the extension's UI inside closed shadow roots. Page scripts and Playwright's
 * locators cannot enter a closed root, but the DevTools protocol's DOM domain can when asked to
 * pierce shadow roots, so tests see what the user sees without the page being able to.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  backendNodeId: number;
  nodeType: number;
  localName: string;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

export interface ClosedShadowContent {
  /** The shadow root's type as the browser reports it: `closed` for the extension's UI. */
  rootType: string | undefined;
  /** The visible text, with style sheets left out and white space collapsed. */
  text: string;
  buttons: Array<{ label: string; backendNodeId: number }>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function findHost(node: DomNode, tagName: string): DomNode | undefined {
  if (node.nodeType === ELEMENT_NODE && node.localName === tagName) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child, tagName);
    if (found) return found;
  }
  return undefined;
}

function textOf(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue;
  if (node.localName === 'style') return '';
  return (node.children ?? []).map(textOf).join(' ');
}

function collectButtons(node: DomNode, into: ClosedShadowContent['buttons']): void {
  if (node.localName === 'button') into.push({ label: textOf(node).replace(/\s+/g, ' ').trim(), backendNodeId: node.backendNodeId });
  for (const child of node.children ?? []) collectButtons(child, into);
}

async function withSession<T>(page: Page, run: (session: CDPSession) => Promise<T>): Promise<T> {
  const session = await page.context().newCDPSession(page);
  try {
    return await run(session);
  } finally {
    await session.detach();
  }
}

/** Returns the content of the first `tagName` host's shadow root in the page's top document, or null when there is none. */
export async function readClosedShadow(page: Page, tagName: string): Promise<ClosedShadowContent | null> {
  return withSession(page, async (session) => {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findHost(root, tagName)?.shadowRoots?.[0];
    if (!shadow) return null;
    const buttons: ClosedShadowContent['buttons'] = [];
    collectButtons(shadow, buttons);
    return { rootType: shadow.shadowRootType, text: textOf(shadow).replace(/\s+/g, ' ').trim(), buttons };
  });
}

/** Waits until a `tagName` host's shadow root contains `text`, and returns its content. */
export async function waitForClosedShadow(page: Page, tagName: string, text: string, timeoutMs = 10_000): Promise<ClosedShadowContent> {
  const deadline = Date.now() + timeoutMs;
  let last: ClosedShadowContent | null = null;
  while (Date.now() < deadline) {
    last = await readClosedShadow(page, tagName);
    if (last?.text.includes(text)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`No <${tagName}> showed "${text}" within ${timeoutMs} ms; last text: ${JSON.stringify(last?.text ?? null)}`);
}

/** Clicks the button labelled `label` in a `tagName` host's shadow root with the mouse, as a user would. */
export async function clickClosedShadowButton(page: Page, tagName: string, label: string): Promise<void> {
  const content = await readClosedShadow(page, tagName);
  const button = content?.buttons.find((item) => item.label === label);
  if (!button) throw new Error(`No button "${label}" in <${tagName}>; buttons: ${JSON.stringify(content?.buttons.map((item) => item.label) ?? [])}`);
  const box = await withSession(page, async (session) => {
    await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
    return (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
  });
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = box.model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
