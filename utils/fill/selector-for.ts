/**
 * Builds a selector for a field the user pointed at, for a taught rule. The selector should still
 * name the same field after the page is reloaded, so it prefers an id, then a name, and only then
 * a short `:nth-of-type` path. Open shadow roots are crossed with `>>>`, which `queryDeep` reads.
 */

/**
 * Ids that frameworks generate per render and that change on reload: Element UI's `el-id-1024-7`,
 * React's `:r3:`, and any id with a run of four or more digits.
 */
const GENERATED_ID = /^:|^el-id-|^react-|^ember\d|\d{4,}/;

/** Escapes an identifier for CSS, as `CSS.escape` does for the characters ids and names use. */
export function cssEscape(identifier: string): string {
  let out = '';
  for (const [index, char] of Array.from(identifier).entries()) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0) out += '\ufffd';
    else if ((code >= 0x1 && code <= 0x1f) || code === 0x7f) out += `\\${code.toString(16)} `;
    else if (index === 0 && /\d/.test(char)) out += `\\${code.toString(16)} `;
    else if (index === 0 && char === '-' && identifier.length === 1) out += '\\-';
    else if (code >= 0x80 || /[\w-]/.test(char)) out += char;
    else out += `\\${char}`;
  }
  return out;
}

function isUnique(root: Document | ShadowRoot, selector: string): boolean {
  return root.querySelectorAll(selector).length === 1;
}

function stableId(element: Element): string | null {
  const id = element.id;
  return id !== '' && !GENERATED_ID.test(id) ? id : null;
}

/** Returns a selector unique in the element's own document or shadow root. */
function selectorInRoot(element: Element, root: Document | ShadowRoot): string {
  const id = stableId(element);
  if (id !== null && isUnique(root, `#${cssEscape(id)}`)) return `#${cssEscape(id)}`;
  const name = element.getAttribute('name');
  if (name) {
    const byName = `${element.localName}[name="${name.replace(/["\\]/g, '\\$&')}"]`;
    if (isUnique(root, byName)) return byName;
  }
  const steps: string[] = [];
  for (let current: Element | null = element; current; current = current.parentElement) {
    const anchor = stableId(current);
    if (current !== element && anchor !== null && isUnique(root, `#${cssEscape(anchor)}`)) {
      steps.unshift(`#${cssEscape(anchor)}`);
      break;
    }
    const parent = current.parentElement;
    const sameTag = parent ? Array.from(parent.children).filter((child) => child.localName === current?.localName) : [current];
    const step = sameTag.length > 1 ? `${current.localName}:nth-of-type(${sameTag.indexOf(current) + 1})` : current.localName;
    steps.unshift(step);
    if (!parent || isUnique(root, steps.join(' > '))) break;
  }
  return steps.join(' > ');
}

/** Returns a selector that names the element again after a reload, crossing open shadow roots with `>>>`. */
export function selectorFor(element: Element): string {
  const segments: string[] = [];
  let current: Element | null = element;
  while (current) {
    const root: Node = current.getRootNode();
    const inShadow: boolean = root.nodeType === 11 && 'host' in root;
    const scope = inShadow ? (root as ShadowRoot) : current.ownerDocument;
    segments.unshift(selectorInRoot(current, scope));
    current = inShadow ? (root as ShadowRoot).host : null;
  }
  return segments.join(' >>> ');
}
