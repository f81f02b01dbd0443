/**
 * The one place that calls the FTA 智证通 API. `callApi` serves routes that return bare JSON,
 * `callEnvelopeApi` routes that return the `{code, message, success, data}` envelope, and
 * `fetchFile` routes that return a PDF or XML file. Each retries idempotent GETs on transient
 * failures and returns a typed error instead of throwing.
 */
import type { z } from 'zod';
import type { Settings } from '../settings';
import { reviveWithoutBidiControls } from './bidi';
import { unwrapEnvelope } from './envelope';
import { type ApiErrorKind, type EnvelopeErrorKind, type Result, fail, ok } from './errors';
import { describeFileMismatch, fileNameFrom } from './file-check';
import { API_ROUTES, type EnvelopeRouteName, type FileRouteName, type FileType, type JsonRouteName } from './paths';
import { type ClientOptions, withRetries } from './retry';
import { type RawResponse, type WireRequest, buildUrl, sendRequest } from './transport';

export type { ClientOptions } from './retry';
export { buildUrl };

export interface ApiRequest<Schema extends z.ZodType, Route extends JsonRouteName | EnvelopeRouteName = JsonRouteName>
  extends WireRequest {
  route: Route;
  /** Validates the response; for envelope routes, the envelope's `data`. */
  schema: Schema;
}

export interface FileRequest extends WireRequest {
  route: FileRouteName;
}

/** A downloaded file whose first bytes match its route's file type. */
export interface ApiFile {
  bytes: ArrayBuffer;
  /** The `Content-Type` header, or the usual type of the file when none was sent. */
  contentType: string;
  /** The name from `Content-Disposition`, when the server sent one. */
  fileName?: string;
}

const JSON_ACCEPT = 'application/json';
const FILE_ACCEPT: Record<FileType, string> = {
  pdf: 'application/pdf, application/json;q=0.5',
  xml: 'application/xml, text/xml, application/json;q=0.5',
};
const DEFAULT_CONTENT_TYPE: Record<FileType, string> = { pdf: 'application/pdf', xml: 'application/xml' };

function describeSchemaFailure(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'schema mismatch';
  const path = issue.path.map(String).join('.') || '(root)';
  return `schema mismatch at ${path}: ${issue.message}`;
}

/**
 * Parses the body as JSON; a 204 response has no body and is read as `undefined`. Bidirectional
 * control characters are dropped from every string, so no name can show reversed in the UI.
 */
function readJson(route: string, raw: RawResponse): Result<unknown> {
  if (raw.status === 204) return ok(undefined);
  try {
    return ok(JSON.parse(new TextDecoder().decode(raw.bytes), reviveWithoutBidiControls));
  } catch {
    return fail({ route, kind: 'bad-response', status: raw.status, detail: 'body is not JSON' });
  }
}

function validate<Schema extends z.ZodType>(
  route: string,
  status: number,
  schema: Schema,
  value: unknown,
): Result<z.output<Schema>> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    return fail({ route, kind: 'bad-response', status, detail: describeSchemaFailure(parsed.error) });
  }
  return ok(parsed.data);
}

/** Sends one request to a route that returns bare JSON and validates the response. */
export function callApi<Schema extends z.ZodType>(
  settings: Settings,
  request: ApiRequest<Schema, JsonRouteName>,
  options: ClientOptions = {},
): Promise<Result<z.output<Schema>, ApiErrorKind>> {
  const fetchImpl = options.fetch ?? fetch;
  return withRetries(
    request.route,
    async () => {
      const sent = await sendRequest(settings, request, JSON_ACCEPT, fetchImpl);
      if (!sent.ok) return sent;
      const json = readJson(request.route, sent.value);
      if (!json.ok) return json;
      return validate(request.route, sent.value.status, request.schema, json.value);
    },
    options,
  );
}

/**
 * Sends one request to an envelope route and validates the envelope's `data`. `success: false`
 * becomes a `rejected` error with the server's message.
 */
export function callEnvelopeApi<Schema extends z.ZodType>(
  settings: Settings,
  request: ApiRequest<Schema, EnvelopeRouteName>,
  options: ClientOptions = {},
): Promise<Result<z.output<Schema>, EnvelopeErrorKind>> {
  const fetchImpl = options.fetch ?? fetch;
  return withRetries<z.output<Schema>, EnvelopeErrorKind>(
    request.route,
    async () => {
      const sent = await sendRequest(settings, request, JSON_ACCEPT, fetchImpl);
      if (!sent.ok) return sent;
      const json = readJson(request.route, sent.value);
      if (!json.ok) return json;
      const data = unwrapEnvelope(request.route, sent.value.status, json.value);
      if (!data.ok) return data;
      return validate(request.route, sent.value.status, request.schema, data.value);
    },
    options,
  );
}

function isJsonType(contentType: string): boolean {
  return /^application\/([\w.+-]*\+)?json\b/i.test(contentType);
}

/**
 * Reads a file response. A JSON response in place of the file is read as an envelope, so that
 * `success: false` becomes `rejected`; any other mismatch is a `bad-response`.
 */
function readFile(route: FileRouteName, raw: RawResponse): Result<ApiFile, EnvelopeErrorKind> {
  const fileType: FileType = API_ROUTES[route].fileType;
  const contentType = raw.headers.get('content-type') ?? '';
  if (isJsonType(contentType)) {
    const json = readJson(route, raw);
    if (!json.ok) return json;
    const data = unwrapEnvelope(route, raw.status, json.value);
    if (!data.ok) return data;
    return fail({ route, kind: 'bad-response', status: raw.status, detail: `JSON answer instead of a ${fileType} file` });
  }
  const mismatch = describeFileMismatch(fileType, raw.bytes);
  if (mismatch !== undefined) {
    return fail({ route, kind: 'bad-response', status: raw.status, detail: `${mismatch} (content type ${contentType || 'none'})` });
  }
  const fileName = fileNameFrom(raw.headers.get('content-disposition'));
  return ok({
    bytes: raw.bytes,
    contentType: contentType || DEFAULT_CONTENT_TYPE[fileType],
    ...(fileName === undefined ? {} : { fileName }),
  });
}

/** Downloads a PDF or XML file and checks its first bytes against the route's file type. */
export function fetchFile(
  settings: Settings,
  request: FileRequest,
  options: ClientOptions = {},
): Promise<Result<ApiFile, EnvelopeErrorKind>> {
  const fetchImpl = options.fetch ?? fetch;
  const accept = FILE_ACCEPT[API_ROUTES[request.route].fileType];
  return withRetries<ApiFile, EnvelopeErrorKind>(
    request.route,
    async () => {
      const sent = await sendRequest(settings, request, accept, fetchImpl);
      if (!sent.ok) return sent;
      return readFile(request.route, sent.value);
    },
    options,
  );
}
