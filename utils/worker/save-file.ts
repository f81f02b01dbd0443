/**
 * Saves a downloaded API file (PDF or XML) to the user's downloads folder. MV3 service workers
 * have no `URL.createObjectURL`, so the bytes go to `downloads.download` as a `data:` URL.
 */
import browser from 'webextension-polyfill';
import type { ApiFile } from '../api/client';

/** Encodes bytes as base64 in chunks, so large files do not overflow the call stack. */
function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  const chunkSize = 0x8000;
  let binary = '';
  for (let offset = 0; offset < view.length; offset += chunkSize) {
    binary += String.fromCharCode(...view.subarray(offset, offset + chunkSize));
  }
  return btoa(binary);
}

export function toDataUrl(file: ApiFile): string {
  const type = file.contentType.split(';')[0]?.trim() || 'application/octet-stream';
  return `data:${type};base64,${toBase64(file.bytes)}`;
}

/**
 * Makes a server-sent or built name safe for `downloads.download`, which rejects path
 * separators, control characters and the characters Windows forbids in file names.
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return cleaned === '' ? fallback : cleaned;
}

/** Starts the download without a Save As dialog and returns the file name used. */
export async function saveApiFile(file: ApiFile, fallbackName: string): Promise<string> {
  const filename = safeFileName(file.fileName ?? '', fallbackName);
  await browser.downloads.download({ url: toDataUrl(file), filename, saveAs: false });
  return filename;
}
