/** Small XML writer for the sandbox's XML files; every text value is escaped. */

export type XmlNode = { name: string; text?: string; children?: XmlNode[] };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function render(node: XmlNode, depth: number): string {
  const indent = '  '.repeat(depth);
  if (node.children !== undefined) {
    const inner = node.children.map((child) => render(child, depth + 1)).join('');
    return `${indent}<${node.name}>\n${inner}${indent}</${node.name}>\n`;
  }
  return `${indent}<${node.name}>${escapeXml(node.text ?? '')}</${node.name}>\n`;
}

/** Serializes `root` as a UTF-8 XML document with a declaration. */
export function buildXml(root: XmlNode): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0)}`, 'utf8');
}

/** Builds a leaf element; numbers and booleans are written as text. */
export function leaf(name: string, value: string | number | boolean | undefined): XmlNode {
  return { name, text: value === undefined ? '' : String(value) };
}
