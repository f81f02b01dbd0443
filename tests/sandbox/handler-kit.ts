/**
 * What route handlers share: the request context, the response value, and builders for the
 * three response styles of the API (bare JSON, the CCPIT envelope, and files).
 */
import type { CcpitStore } from './ccpit-store';
import type { CertificateStore } from './certificate-store';
import type { EnterpriseStore } from './enterprise-store';
import type { ProducerStore } from './producer-store';
import { springError } from './spring';

export interface SandboxStores {
  enterprises: EnterpriseStore;
  certificates: CertificateStore;
  producers: ProducerStore;
  ccpit: CcpitStore;
}

export interface HandlerContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Request body as UTF-8 text, empty when none was sent. */
  body: string;
  /** Request body as sent, for multipart uploads. */
  rawBody: Buffer;
  /** The request's `Content-Type` header, empty when absent. */
  contentType: string;
  /** Request path without query, as Spring puts it into error bodies. */
  path: string;
  stores: SandboxStores;
}

export interface FileBody {
  contentType: string;
  bytes: Buffer;
  fileName: string;
}

/** A response before serialization, so faults can change it. A `file` is sent in place of `body`. */
export interface ApiResult {
  status: number;
  body: unknown;
  file?: FileBody;
}

export type Handler = (context: HandlerContext) => ApiResult | Promise<ApiResult>;

export function ok(body: unknown): ApiResult {
  return { status: 200, body };
}

export function failure(status: number, path: string): ApiResult {
  return { status, body: springError(status, path) };
}

export function fileResult(contentType: string, bytes: Buffer, fileName: string): ApiResult {
  return { status: 200, body: null, file: { contentType, bytes, fileName } };
}

/** Builds a successful CCPIT response. */
export function envelope(data: unknown): ApiResult {
  return ok({ code: '200', message: '操作成功', success: true, data });
}

/**
 * Builds a CCPIT rejection of the request. NOTE: the real service's failure codes are not published; the sandbox
 * responds with HTTP 200, `success: false`, code "500" and a Chinese message.
 */
export function refusal(message: string): ApiResult {
  return ok({ code: '500', message, success: false, data: null });
}

export function parseId(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

/** Parses the JSON body; returns `undefined` when it is not JSON. */
export function readJson(body: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(body) };
  } catch {
    return undefined;
  }
}

/** Parses a `multipart/form-data` body; returns `undefined` when it is not one. */
export async function readMultipart(context: HandlerContext): Promise<FormData | undefined> {
  if (!/^multipart\/form-data\b/i.test(context.contentType)) return undefined;
  try {
    return await new Response(new Uint8Array(context.rawBody), {
      headers: { 'content-type': context.contentType },
    }).formData();
  } catch {
    return undefined;
  }
}

/** Reads an integer query parameter; `undefined` when absent or not an integer. */
export function queryInteger(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  return value === null || !/^\d{1,15}$/.test(value.trim()) ? undefined : Number(value.trim());
}

/** Reads a non-empty query parameter. */
export function queryText(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name)?.trim();
  return value === undefined || value === '' ? undefined : value;
}
