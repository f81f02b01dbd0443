/**
 * Checks that a downloaded file is what its route promises, by its first bytes: `%PDF-` for a
 * PDF, and `<?xml` or another `<` markup start for XML. An HTML page is never accepted as
 * either, because proxies and gateways send one in place of the file.
 */
import type { FileType } from './paths';

const PDF_MAGIC = '%PDF-';
/** Leading bytes inspected; enough for a byte order mark, whitespace and a doctype. */
const SNIFF_BYTES = 512;

function leadingText(bytes: ArrayBuffer): string {
  const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, SNIFF_BYTES));
  return new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '');
}

function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text);
}

/** Returns why `bytes` are not a file of `fileType`, or `undefined` when they are. */
export function describeFileMismatch(fileType: FileType, bytes: ArrayBuffer): string | undefined {
  if (bytes.byteLength === 0) return 'file is empty';
  const text = leadingText(bytes);
  if (fileType === 'pdf') {
    return text.startsWith(PDF_MAGIC) ? undefined : 'file does not start with %PDF-';
  }
  if (looksLikeHtml(text)) return 'file is an HTML page, not XML';
  return /^\s*</.test(text) ? undefined : 'file does not start with <';
}

/** Reads the file name from a `Content-Disposition` header, preferring the RFC 5987 form. */
export function fileNameFrom(disposition: string | null): string | undefined {
  if (disposition === null) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
  if (extended !== undefined) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      return undefined;
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name === undefined || name === '' ? undefined : name;
}
