/**
 * Every FTA 智证通 API path the extension calls, in one table.
 *
 * Paths are appended to the configured base URL as they stand. With the published base
 * `https://fta.chinackts.com/open/` this reproduces the double slash after `open` that every
 * published URL carries.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * How a route responds:
 * - `json`: a bare JSON value (DTO, array or Spring page), as on the customs (海关) side;
 * - `envelope`: `{code, message, success, data}`, as on the CCPIT (贸促会) side, where
 *   `success: false` is a failure whose `message` the server wrote;
 * - `file`: the bytes of a PDF or XML file.
 */
export type ResponseKind = 'json' | 'envelope' | 'file';

/** What a `file` route is expected to return; the client checks the first bytes. */
export type FileType = 'pdf' | 'xml';

export interface ApiRoute {
  method: HttpMethod;
  /** Path template after the base URL; `{name}` segments are filled from path parameters. */
  path: string;
  /** False when the published documentation does not show the path and it is our guess. */
  published: boolean;
  response: ResponseKind;
  /** Set on `file` routes only. */
  fileType?: FileType;
}

export const API_ROUTES = {
  // 贸促会原产地证书API: every response is wrapped in the {code, message, success, data}
  // envelope, which was seen on all-status only.
  // NOTE: the create response is not published; we expect `data` to carry the `docId`.
  ccpitCreate: { method: 'POST', path: '/origin-certificates/create', published: true, response: 'envelope' },
  // NOTE: the draft path is guessed from the title 创建原产地证对象草稿; the body is assumed to
  // be the create body.
  ccpitCreateDraft: { method: 'POST', path: '/origin-certificates/draft', published: false, response: 'envelope' },
  // NOTE: the query parameter names are not published; we send `docId`, the key of the result.
  ccpitStatus: { method: 'GET', path: '/origin-certificates/all-status', published: true, response: 'envelope' },
  // NOTE: the audit-result path, its `docId` query parameter and its result shape are guessed.
  ccpitAuditResult: { method: 'GET', path: '/origin-certificates/audit-result', published: false, response: 'envelope' },
  // NOTE: the print-status path, its `docId` query parameter and its result shape are guessed.
  ccpitPrintStatus: { method: 'GET', path: '/origin-certificates/print-status', published: false, response: 'envelope' },
  ccpitPrint: { method: 'POST', path: '/origin-certificates/print', published: true, response: 'file', fileType: 'pdf' },
  // NOTE: the two 预览证书Pdf pages are unpublished. We guess that this one previews a saved
  // document by `docId` and the next one previews an unsaved create body.
  ccpitPreview: { method: 'POST', path: '/origin-certificates/preview', published: false, response: 'file', fileType: 'pdf' },
  ccpitPreviewDraft: { method: 'POST', path: '/origin-certificates/preview-draft', published: false, response: 'file', fileType: 'pdf' },
  // NOTE: both upload paths are guessed. 文件上传(二进制数组) is assumed to take JSON with the
  // file as base64 (how Jackson writes a Java byte[]), 文件上传 a multipart `file` field.
  ccpitUploadBytes: { method: 'POST', path: '/origin-certificates/upload-bytes', published: false, response: 'envelope' },
  ccpitUpload: { method: 'POST', path: '/origin-certificates/upload', published: false, response: 'envelope' },

  transportCountries: { method: 'GET', path: '/transport-countries', published: true, response: 'json' },
  // NOTE: the path of 查询所有协定国家 is not published. This guess follows the naming of
  // /transport-countries; the sandbox serves the same path and shape.
  agreementCountries: { method: 'GET', path: '/agreement-countries', published: false, response: 'json' },
  customs122: { method: 'GET', path: '/standard-code/customs-122', published: true, response: 'json' },
  standardCodes: { method: 'GET', path: '/standard-code/{management}', published: true, response: 'json' },

  // 海关原产地证书API. NOTE: the responses of create, edit and batch are not published; we
  // expect the saved certificate (an array of them for batch).
  customsCertCreate: { method: 'POST', path: '/origin-certificate-customs', published: true, response: 'json' },
  customsCertBatch: { method: 'POST', path: '/origin-certificate-customs/batch', published: true, response: 'json' },
  // NOTE: the filter names are not published. We send Spring's `page` (0-based) and `size`
  // plus `certNo`, `invNo`, `status` and `customsEnterpriseId`.
  customsCertList: { method: 'GET', path: '/origin-certificate-customs', published: true, response: 'json' },
  customsCertUpdate: { method: 'PUT', path: '/origin-certificate-customs/{id}', published: true, response: 'json' },
  // NOTE: the delete path is inferred from the edit and detail paths; the response is assumed
  // to be `{}` like the published producer delete.
  customsCertDelete: { method: 'DELETE', path: '/origin-certificate-customs/{id}', published: false, response: 'json' },
  customsCertGet: { method: 'GET', path: '/origin-certificate-customs/{id}', published: true, response: 'json' },
  certNosByInvoice: { method: 'GET', path: '/origin-certificate-invoices/{invNo}/getCertNos', published: true, response: 'json' },
  // NOTE: the path is guessed from the invoice route's shape; the response is assumed to be an
  // array of certificate numbers like that route's.
  certNosByExporter: { method: 'GET', path: '/origin-certificate-exporters/{exporterCode}/getCertNos', published: false, response: 'json' },
  customsReceipt: { method: 'POST', path: '/origin-certificate-customs/receipt', published: true, response: 'json' },
  // NOTE: the path is guessed from the attached-documents XML route.
  customsCertXml: { method: 'GET', path: '/origin-certificate-customs/{ciqRegNo}/xml', published: false, response: 'file', fileType: 'xml' },
  documentXml: { method: 'GET', path: '/origin-certificate-document/{ciqRegNo}/xml', published: true, response: 'file', fileType: 'xml' },

  // NOTE: the list's query parameters are not published; we send `page`, `size` and `keyword`.
  enterpriseList: { method: 'GET', path: '/customs-enterprises', published: true, response: 'json' },
  enterpriseGet: { method: 'GET', path: '/customs-enterprises/{id}', published: true, response: 'json' },
  // NOTE: the published save response is `{}`; the sandbox returns the saved enterprise.
  enterpriseSave: { method: 'POST', path: '/customs-enterprises', published: true, response: 'json' },
  // NOTE: the delete path is inferred from the producer delete; the response is assumed `{}`.
  enterpriseDelete: { method: 'DELETE', path: '/customs-enterprises/{id}', published: false, response: 'json' },
  enterpriseSigners: { method: 'GET', path: '/customs-enterprises/{id}/signer', published: true, response: 'json' },

  // NOTE: the list's query parameters are not published; we send `page`, `size` and
  // `customsEnterpriseId`. The create response is not published either; we expect the producer.
  producerList: { method: 'GET', path: '/customs-producer', published: true, response: 'json' },
  producerCreate: { method: 'POST', path: '/customs-producer', published: true, response: 'json' },
  producerDelete: { method: 'DELETE', path: '/customs-producer/{id}', published: true, response: 'json' },
} as const satisfies Record<string, ApiRoute>;

export type ApiRouteName = keyof typeof API_ROUTES;

type RoutesAnswering<Kind extends ResponseKind> = {
  [Name in ApiRouteName]: (typeof API_ROUTES)[Name]['response'] extends Kind ? Name : never;
}[ApiRouteName];

export type JsonRouteName = RoutesAnswering<'json'>;
export type EnvelopeRouteName = RoutesAnswering<'envelope'>;
export type FileRouteName = RoutesAnswering<'file'>;

/** Fills `{name}` segments of a route's path, URL-encoding each value. */
export function expandPath(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`Missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
}

/**
 * Standard-code tables the extension caches.
 *
 * NOTE: the allowed values of `{management}` are not published; these two names are our guess
 * and the sandbox serves them.
 */
export const STANDARD_CODE_TABLES = ['customs-district', 'trade-mode'] as const;
export type StandardCodeTable = (typeof STANDARD_CODE_TABLES)[number];
