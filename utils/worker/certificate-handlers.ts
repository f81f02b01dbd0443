/** One handler per certificate request type; each returns the reply data or a user-facing error. */
import type { CustomsCertificate } from '../api/certificate-schemas';
import type { ApiError, EnvelopeErrorKind } from '../api/errors';
import {
  ccpitAuditResult,
  ccpitPreviewPdf,
  ccpitPrintPdf,
  ccpitPrintStatus,
  ccpitStatus,
  certNosByExporter,
  certNosByInvoice,
  customsCertificateXml,
  documentXml,
  getCustomsCertificate,
  listCustomsCertificates,
} from '../data/certificates';
import { type DataDeps, currentTime } from '../data/deps';
import type {
  CertificateError,
  CertificateReply,
  CertificateReplyData,
  CertificateRequest,
  CertificateRequestType,
  CustomsCertificateDetail,
  CustomsCertificateSummary,
  PinKind,
} from '../messages/certificate-protocol';
import { saveApiFile } from './save-file';
import { markChangesSeen, refreshBadge, scheduleWatcher } from './watcher';
import {
  MAX_PINS,
  readPins,
  readWatcherSettings,
  samePin,
  toPinView,
  updatePins,
  writeWatcherSettings,
  writeWatcherState,
} from './watcher-store';

type RequestOf<Type extends CertificateRequestType> = Extract<CertificateRequest, { type: Type }>;
type Handler<Type extends CertificateRequestType> = (
  request: RequestOf<Type>,
  deps: DataDeps,
) => Promise<CertificateReply<Type>>;

function toCertificateError(error: ApiError<EnvelopeErrorKind>): CertificateError {
  return {
    kind: error.kind,
    route: error.route,
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.message === undefined ? {} : { message: error.message }),
  };
}

function done<Type extends CertificateRequestType>(data: CertificateReplyData<Type>): CertificateReply<Type> {
  return { ok: true, data };
}

function failed(error: ApiError<EnvelopeErrorKind>): { ok: false; error: CertificateError } {
  return { ok: false, error: toCertificateError(error) };
}

function summarize(certificate: CustomsCertificate): CustomsCertificateSummary {
  return {
    id: certificate.id,
    certNo: certificate.certNo,
    ciqRegNo: certificate.ciqRegNo,
    status: certificate.status,
    certType: certificate.certType,
    invNo: certificate.invNo,
    aplDate: certificate.aplDate,
  };
}

function detail(certificate: CustomsCertificate): CustomsCertificateDetail {
  return {
    ...summarize(certificate),
    invDate: certificate.invDate,
    exporter: certificate.exporter,
    consignee: certificate.consignee,
    goods: certificate.goodsList.map((goods) => ({
      gNo: goods.gNo,
      hsCode: goods.hsCode,
      goodsName: goods.goodsName,
      goodsNameE: goods.goodsNameE,
      goodsQty: goods.goodsQty,
      goodsUnit: goods.goodsUnit,
      oriCriteria: goods.oriCriteria,
    })),
    documents: certificate.documentList.map((document) => ({
      fileTypeName: document.fileTypeName,
      fileName: document.fileName,
    })),
  };
}

async function isPinned(kind: PinKind, key: string): Promise<boolean> {
  return (await readPins()).some((pin) => samePin(pin, kind, key));
}

async function pinViews() {
  return (await readPins()).map(toPinView);
}

export const certificateHandlers: { [Type in CertificateRequestType]: Handler<Type> } = {
  async certNosByInvoice(request, deps) {
    const filters = { ciqRegNo: request.ciqRegNo, certNo: request.certNo };
    const result = await certNosByInvoice(request.invNo, filters, deps);
    return result.ok ? done<'certNosByInvoice'>({ certNos: result.value }) : failed(result.error);
  },

  async certNosByExporter(request, deps) {
    const result = await certNosByExporter(request.exporterCode, deps);
    return result.ok ? done<'certNosByExporter'>({ certNos: result.value }) : failed(result.error);
  },

  async ccpitLookup(request, deps) {
    const [status, audit, print] = await Promise.all([
      ccpitStatus(request.docId, deps),
      ccpitAuditResult(request.docId, deps),
      ccpitPrintStatus(request.docId, deps),
    ]);
    if (!status.ok) return failed(status.error);
    if (!audit.ok) return failed(audit.error);
    if (!print.ok) return failed(print.error);
    return done<'ccpitLookup'>({
      document: {
        docId: status.value.docId,
        status: status.value.status,
        printStatus: print.value.printStatus,
        auditStatus: audit.value.auditStatus,
        auditOpinion: audit.value.auditOpinion,
        auditTime: audit.value.auditTime,
        printTime: print.value.printTime,
      },
      pinned: await isPinned('ccpit', request.docId),
    });
  },

  async ccpitPdf(request, deps) {
    const result =
      request.kind === 'print'
        ? await ccpitPrintPdf(
            { docId: request.docId, docType: request.docType, invoiceNum: request.invoiceNum ?? '' },
            deps,
          )
        : await ccpitPreviewPdf(request.docId, request.docType, deps);
    if (!result.ok) return failed(result.error);
    const fallback = `${request.kind === 'print' ? 'certificate' : 'preview'}-${request.docId}.pdf`;
    return done<'ccpitPdf'>({ fileName: await saveApiFile(result.value, fallback) });
  },

  async listCustomsCertificates(request, deps) {
    const result = await listCustomsCertificates(
      {
        page: request.page,
        size: request.size,
        filters: { certNo: request.certNo, invNo: request.invNo, status: request.status },
      },
      deps,
    );
    if (!result.ok) return failed(result.error);
    const { items, ...paging } = result.value;
    return done<'listCustomsCertificates'>({ items: items.map(summarize), ...paging });
  },

  async getCustomsCertificate(request, deps) {
    const result = await getCustomsCertificate(request.id, deps);
    if (!result.ok) return failed(result.error);
    return done<'getCustomsCertificate'>({
      certificate: detail(result.value),
      pinned: await isPinned('customs', String(request.id)),
    });
  },

  async certificateXml(request, deps) {
    const result =
      request.kind === 'certificate'
        ? await customsCertificateXml(request.ciqRegNo, deps)
        : await documentXml(request.ciqRegNo, deps);
    if (!result.ok) return failed(result.error);
    const fallback = `${request.kind === 'certificate' ? 'certificate' : 'documents'}-${request.ciqRegNo}.xml`;
    return done<'certificateXml'>({ fileName: await saveApiFile(result.value, fallback) });
  },

  async listPins() {
    return done<'listPins'>({ pins: await pinViews() });
  },

  async pinCertificate(request, deps) {
    const now = currentTime(deps);
    let full = false;
    const pins = await updatePins((current) => {
      const existing = current.find((pin) => samePin(pin, request.kind, request.key));
      if (existing) {
        existing.label = request.label;
        return current;
      }
      if (current.length >= MAX_PINS) {
        full = true;
        return current;
      }
      return [...current, { kind: request.kind, key: request.key, label: request.label, pinnedAt: now, unseen: false }];
    });
    if (full) return { ok: false, error: { kind: 'invalid-request', field: 'pins' } };
    return done<'pinCertificate'>({ pins: pins.map(toPinView) });
  },

  async unpinCertificate(request) {
    const pins = await updatePins((current) => current.filter((pin) => !samePin(pin, request.kind, request.key)));
    await refreshBadge(pins);
    return done<'unpinCertificate'>({ pins: pins.map(toPinView) });
  },

  async markChangesSeen() {
    const pins = await markChangesSeen();
    return done<'markChangesSeen'>({ pins: pins.map(toPinView) });
  },

  async getWatcherSettings() {
    return done<'getWatcherSettings'>(await readWatcherSettings());
  },

  async saveWatcherSettings(request) {
    const settings = { intervalMinutes: request.intervalMinutes };
    await writeWatcherSettings(settings);
    // A new interval starts a fresh schedule without the backoff of earlier failures.
    await writeWatcherState({ failures: 0 });
    await scheduleWatcher(settings.intervalMinutes);
    return done<'saveWatcherSettings'>(settings);
  },
};
