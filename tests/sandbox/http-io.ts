/** Reading requests and writing responses on node:http. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

/** A response ready to send. */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /**
   * Bytes to send before closing the connection. `Content-Length` still declares the whole
   * body, so the client sees a response cut off part-way.
   */
  cutAfter?: number;
}

export function jsonOutgoing(status: number, body: unknown): Outgoing {
  return textOutgoing(status, JSON_CONTENT_TYPE, JSON.stringify(body));
}

export function textOutgoing(status: number, contentType: string, text: string): Outgoing {
  return { status, headers: { 'content-type': contentType }, body: Buffer.from(text, 'utf8') };
}

/** Builds a file download, named in a `Content-Disposition` header in the RFC 6266 form. */
export function fileOutgoing(
  status: number,
  file: { contentType: string; bytes: Buffer; fileName: string },
): Outgoing {
  const asciiName = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return {
    status,
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    },
    body: file.bytes,
  };
}

export function send(response: ServerResponse, outgoing: Outgoing): void {
  response.writeHead(outgoing.status, {
    ...outgoing.headers,
    'content-length': String(outgoing.body.length),
  });
  if (outgoing.cutAfter === undefined) {
    response.end(outgoing.body);
    return;
  }
  response.write(outgoing.body.subarray(0, outgoing.cutAfter), () => response.destroy());
}

/**
 * Reads the request body. Returns `undefined` when it exceeds `maxBytes`, after reading the
 * rest without keeping it, so the client gets the error response instead of a reset
 * connection.
 */
export async function readBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    length += buffer.length;
    if (length <= maxBytes) chunks.push(buffer);
  }
  return length > maxBytes ? undefined : Buffer.concat(chunks);
}
