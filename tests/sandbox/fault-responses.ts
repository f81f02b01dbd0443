/**
 * Turns the normal response to a request into the faulty one a fault describes.
 */
import { STATUS_CODES } from 'node:http';
import type { ApiRouteName } from '../../utils/api/paths';
import type { FaultBody } from './faults';
import type { ApiResult, FileBody } from './handler-kit';
import { JSON_CONTENT_TYPE, type Outgoing, fileOutgoing, jsonOutgoing, textOutgoing } from './http-io';
import { springError } from './spring';

/** Size of a `large` body: 5 MiB, well above what the API's lists normally weigh. */
export const LARGE_BODY_BYTES = 5 * 1024 * 1024;

export interface FaultShape {
  status?: number;
  body?: FaultBody;
  retryAfter?: number;
}

/**
 * Builds the faulty response. A fault status of 400 or above without a body kind sends
 * Spring's error body for that status. A lower status keeps the normal body.
 */
export function faultyResponse(
  fault: FaultShape,
  normal: ApiResult,
  route: ApiRouteName | undefined,
  path: string,
): Outgoing {
  const status = fault.status ?? normal.status;
  if (normal.file) return withRetryAfter(fault, fileFault(fault, normal.file, status, path));
  const outgoing =
    fault.body === undefined
      ? jsonOutgoing(
          status,
          status >= 400 && fault.status !== undefined ? springError(status, path) : normal.body,
        )
      : bodyFault(fault.body, status, normal.body, route);
  return withRetryAfter(fault, outgoing);
}

function withRetryAfter(fault: FaultShape, outgoing: Outgoing): Outgoing {
  if (fault.retryAfter !== undefined) outgoing.headers['retry-after'] = String(fault.retryAfter);
  return outgoing;
}

/**
 * The faulty form of a file response. `schema-drift` sends the serialized Java `Resource` that
 * the published pages show in place of the file, and `large` pads the file with trailing
 * spaces, which PDF and XML readers ignore.
 */
function fileFault(fault: FaultShape, file: FileBody, status: number, path: string): Outgoing {
  if (fault.body === undefined) {
    return status >= 400 && fault.status !== undefined
      ? jsonOutgoing(status, springError(status, path))
      : fileOutgoing(status, file);
  }
  switch (fault.body) {
    case 'malformed-json':
      return textOutgoing(status, JSON_CONTENT_TYPE, '{"inputStream":{},"readable":true,}');
    case 'truncated': {
      const outgoing = fileOutgoing(status, file);
      return { ...outgoing, cutAfter: Math.floor(outgoing.body.length / 2) };
    }
    case 'html':
      return textOutgoing(status, 'text/html;charset=UTF-8', htmlPage(status));
    case 'empty':
      return { ...fileOutgoing(status, file), body: Buffer.alloc(0) };
    case 'schema-drift':
      return jsonOutgoing(status, javaFileResource(file.fileName));
    case 'large': {
      const padding = Buffer.alloc(Math.max(0, LARGE_BODY_BYTES - file.bytes.length), ' ');
      return fileOutgoing(status, { ...file, bytes: Buffer.concat([file.bytes, padding]) });
    }
  }
}

function javaFileResource(fileName: string): unknown {
  const file = { path: `/tmp/${fileName}`, name: fileName, parent: '/tmp', absolute: true };
  return { inputStream: {}, readable: true, open: false, file, filename: fileName, description: `file [${file.path}]` };
}

function bodyFault(
  kind: FaultBody,
  status: number,
  body: unknown,
  route: ApiRouteName | undefined,
): Outgoing {
  switch (kind) {
    case 'malformed-json':
      return textOutgoing(status, JSON_CONTENT_TYPE, withTrailingComma(JSON.stringify(body)));
    case 'truncated': {
      const outgoing = jsonOutgoing(status, body);
      return { ...outgoing, cutAfter: Math.floor(outgoing.body.length / 2) };
    }
    case 'html':
      return textOutgoing(status, 'text/html;charset=UTF-8', htmlPage(status));
    case 'empty':
      return textOutgoing(status, JSON_CONTENT_TYPE, '');
    case 'schema-drift':
      return jsonOutgoing(status, driftBody(route, structuredClone(body)));
    case 'large':
      return textOutgoing(status, JSON_CONTENT_TYPE, largeJson(body, LARGE_BODY_BYTES));
  }
}

/** Puts a comma before the closing bracket (`[1,2,]`), which `JSON.parse` rejects. */
function withTrailingComma(json: string): string {
  return `${json.slice(0, -1)},${json.slice(-1)}`;
}

/** Returns a page that a proxy or a maintenance gateway might send in place of the API's JSON. */
function htmlPage(status: number): string {
  if (status >= 400) {
    const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
    return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  }
  return '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>系统维护中</title></head><body><h1>系统维护中</h1><p>FTA 智证通正在升级，请稍后再试。</p></body></html>';
}

/** Breaks an envelope by sending `success` as text, as a service built on another stack might. */
function envelopeDrift(envelope: Record<string, unknown>): void {
  envelope.success = String(envelope.success);
}

function idAsText(item: Record<string, unknown>): void {
  item.id = String(item.id);
}

/**
 * The field each route's drift mistypes, chosen as a plausible server-side change. Routes
 * that return a list of strings or `{}` are left out, because their whole response changes shape.
 */
const DRIFTS: Partial<Record<ApiRouteName, (item: Record<string, unknown>) => void>> = {
  ccpitCreate: envelopeDrift,
  ccpitCreateDraft: envelopeDrift,
  ccpitStatus: envelopeDrift,
  ccpitAuditResult: envelopeDrift,
  ccpitPrintStatus: envelopeDrift,
  ccpitUploadBytes: envelopeDrift,
  ccpitUpload: envelopeDrift,
  customsCertCreate: idAsText,
  customsCertBatch: idAsText,
  customsCertList: (item) => {
    item.goodsList = 'new ArrayList<>()';
  },
  customsCertUpdate: idAsText,
  customsCertGet: (item) => {
    item.goodsList = 'new ArrayList<>()';
  },
  producerList: (item) => {
    item.customsEnterpriseId = String(item.customsEnterpriseId);
  },
  producerCreate: idAsText,
  transportCountries: (item) => {
    item.countryCode = Number(item.customsCountryCode);
  },
  agreementCountries: (item) => {
    item.agreementCode = 1;
  },
  customs122: (item) => {
    item.isStar = item.isStar === true ? 'Y' : 'N';
  },
  standardCodes: (item) => {
    item.code = Number(item.code);
  },
  enterpriseList: (item) => {
    item.id = String(item.id);
  },
  enterpriseGet: (item) => {
    item.id = String(item.id);
  },
  enterpriseSave: (item) => {
    item.id = String(item.id);
  },
  enterpriseSigners: (item) => {
    item.id = String(item.id);
  },
};

/**
 * Mistypes one field of the first item (or of the single object). With nothing to mistype,
 * the response itself changes shape: an array is wrapped in an object, `{}` becomes `[]` and a
 * page's `content` becomes `null`.
 */
function driftBody(route: ApiRouteName | undefined, body: unknown): unknown {
  const item = firstItem(body);
  const drift = route === undefined ? undefined : DRIFTS[route];
  if (drift && item && Object.keys(item).length > 0) {
    drift(item);
    return body;
  }
  if (Array.isArray(body)) return { items: body };
  if (isRecord(body) && Object.keys(body).length === 0) return [];
  if (isRecord(body)) return { ...body, content: null };
  return { value: body };
}

function firstItem(body: unknown): Record<string, unknown> | undefined {
  const list = Array.isArray(body)
    ? body
    : isRecord(body) && Array.isArray(body.content)
      ? body.content
      : undefined;
  if (list === undefined) return isRecord(body) ? body : undefined;
  const first: unknown = list[0];
  return isRecord(first) ? first : undefined;
}

/**
 * Serializes a body grown to at least `targetBytes` that still matches its schema: a list or a
 * page's content repeats its items, and an object gets a long `remark` field. Trailing
 * whitespace makes up any shortfall, such as for an empty list.
 */
function largeJson(body: unknown, targetBytes: number): string {
  const json = JSON.stringify(inflate(body, targetBytes));
  const shortfall = targetBytes - Buffer.byteLength(json);
  return shortfall > 0 ? json + ' '.repeat(shortfall) : json;
}

function inflate(body: unknown, targetBytes: number): unknown {
  if (Array.isArray(body)) return repeatItems(body, targetBytes);
  if (isRecord(body) && Array.isArray(body.content)) {
    const content = repeatItems(body.content, targetBytes);
    return { ...body, content, numberOfElements: content.length };
  }
  if (isRecord(body)) return { ...body, remark: '备注'.repeat(Math.ceil(targetBytes / 6)) };
  return body;
}

function repeatItems(items: readonly unknown[], targetBytes: number): unknown[] {
  if (items.length === 0) return [];
  const sizes = items.map((item) => Buffer.byteLength(JSON.stringify(item)) + 1);
  const result: unknown[] = [];
  for (let bytes = 0, index = 0; bytes < targetBytes; index++) {
    const position = index % items.length;
    result.push(items[position]);
    bytes += sizes[position] ?? 1;
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
