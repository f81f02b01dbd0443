/** Turns a worker error into a sentence in the UI language: what failed and what to do. */
import { API_ROUTES, type ApiRouteName } from '../api/paths';
import { type MessageKey, t } from '../i18n';
import type { UserError } from '../messages/protocol';

/** The message naming each route. Typed per route, so a route without a label fails the type check. */
const ROUTE_LABELS: { [Route in ApiRouteName]: MessageKey & `route_${Route}` } = {
  ccpitCreate: 'route_ccpitCreate',
  ccpitCreateDraft: 'route_ccpitCreateDraft',
  ccpitStatus: 'route_ccpitStatus',
  ccpitAuditResult: 'route_ccpitAuditResult',
  ccpitPrintStatus: 'route_ccpitPrintStatus',
  ccpitPrint: 'route_ccpitPrint',
  ccpitPreview: 'route_ccpitPreview',
  ccpitPreviewDraft: 'route_ccpitPreviewDraft',
  ccpitUploadBytes: 'route_ccpitUploadBytes',
  ccpitUpload: 'route_ccpitUpload',
  transportCountries: 'route_transportCountries',
  agreementCountries: 'route_agreementCountries',
  customs122: 'route_customs122',
  standardCodes: 'route_standardCodes',
  customsCertCreate: 'route_customsCertCreate',
  customsCertBatch: 'route_customsCertBatch',
  customsCertList: 'route_customsCertList',
  customsCertUpdate: 'route_customsCertUpdate',
  customsCertDelete: 'route_customsCertDelete',
  customsCertGet: 'route_customsCertGet',
  certNosByInvoice: 'route_certNosByInvoice',
  certNosByExporter: 'route_certNosByExporter',
  customsReceipt: 'route_customsReceipt',
  customsCertXml: 'route_customsCertXml',
  documentXml: 'route_documentXml',
  enterpriseList: 'route_enterpriseList',
  enterpriseGet: 'route_enterpriseGet',
  enterpriseSave: 'route_enterpriseSave',
  enterpriseDelete: 'route_enterpriseDelete',
  enterpriseSigners: 'route_enterpriseSigners',
  producerList: 'route_producerList',
  producerCreate: 'route_producerCreate',
  producerDelete: 'route_producerDelete',
};

function isApiRouteName(route: string): route is ApiRouteName {
  return Object.hasOwn(API_ROUTES, route);
}

function routeLabel(route: string | undefined): string {
  if (route !== undefined && isApiRouteName(route)) return t(ROUTE_LABELS[route]);
  return t('route_unknown');
}

export function describeError(error: UserError): string {
  const key = `error_${error.kind.replaceAll('-', '_')}` as MessageKey;
  if (error.kind === 'invalid-settings') return t(key, error.field ?? '');
  if (error.kind === 'rejected') return t(key, routeLabel(error.route), error.message ?? '');
  return t(key, routeLabel(error.route), error.status ?? '');
}

/** Describes an error after which the page shows the data it had cached. */
export function describeCachedError(error: UserError): string {
  return `${describeError(error)} ${t('usingCachedData')}`;
}
