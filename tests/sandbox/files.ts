/**
 * The files the sandbox serves: the CCPIT certificate PDF (printed or preview) and the XML of a
 * customs certificate and of its attached documents.
 *
 * NOTE: the real XML formats are not published. These follow the certificate's JSON field
 * names, so a reader can match them against the detail response.
 */
import type { CcpitDocument } from './ccpit-store';
import type { CertificateRecord } from './data/customs-certificates';
import { buildPdf } from './pdf';
import { type XmlNode, buildXml, leaf } from './xml';

export const PDF_TYPE = 'application/pdf';
export const XML_TYPE = 'application/xml;charset=UTF-8';

/** Builds the certificate PDF of a CCPIT document; a preview carries a PREVIEW line. */
export function ccpitPdf(document: Pick<CcpitDocument, 'docId' | 'docType' | 'invoiceNum' | 'certificateNo'>, preview: boolean): Buffer {
  const lines = [
    'CERTIFICATE OF ORIGIN',
    `Certificate No.: ${document.certificateNo || '(not yet issued)'}`,
    `Document ID: ${document.docId}`,
    `Document type: ${document.docType}`,
    `Invoice No.: ${document.invoiceNum}`,
  ];
  if (preview) lines.push('PREVIEW - NOT VALID FOR CUSTOMS CLEARANCE');
  return buildPdf(lines);
}

/** Builds a preview PDF from an unsaved create body. */
export function draftPreviewPdf(fields: Record<string, unknown>): Buffer {
  const field = (name: string): string => (typeof fields[name] === 'string' ? fields[name] : '');
  return buildPdf([
    'CERTIFICATE OF ORIGIN',
    `Document type: ${field('docType')}`,
    `Importer: ${field('importerEnName')}`,
    `Importer address: ${field('importerEnAddress')}`,
    `Producer: ${field('producer')}`,
    'PREVIEW - NOT VALID FOR CUSTOMS CLEARANCE',
  ]);
}

function goodsNode(record: CertificateRecord): XmlNode {
  return {
    name: 'goodsList',
    children: record.goodsList.map((line) => ({
      name: 'goods',
      children: [
        leaf('gNo', line.gNo),
        leaf('hsCode', line.hsCode),
        leaf('goodsName', line.goodsName),
        leaf('goodsNameE', line.goodsNameE),
        leaf('goodsQty', line.goodsQty),
        leaf('goodsUnit', line.goodsUnit),
        leaf('oriCriteria', line.oriCriteria),
      ],
    })),
  };
}

export function certificateXml(record: CertificateRecord): Buffer {
  return buildXml({
    name: 'originCertificate',
    children: [
      leaf('ciqRegNo', record.ciqRegNo),
      leaf('certNo', record.certNo),
      leaf('certType', record.certType),
      leaf('applyType', record.applyType),
      leaf('orgCode', record.orgCode),
      leaf('fetchPlace', record.fetchPlace),
      leaf('invNo', record.invNo),
      leaf('invDate', record.invDate),
      leaf('aplDate', record.aplDate),
      leaf('exporter', record.exporter),
      leaf('consignee', record.consignee),
      leaf('mark', record.mark),
      goodsNode(record),
    ],
  });
}

export function documentsXml(record: CertificateRecord): Buffer {
  return buildXml({
    name: 'attachedDocuments',
    children: [
      leaf('ciqRegNo', record.ciqRegNo),
      leaf('certNo', record.certNo),
      {
        name: 'documentList',
        children: record.documentList.map((document) => ({
          name: 'document',
          children: [
            leaf('fileType', document.fileType),
            leaf('fileTypeName', document.fileTypeName),
            leaf('fileName', document.fileName),
            leaf('url', document.url),
          ],
        })),
      },
    ],
  });
}
