/**
 * zod schemas of the customs certificate of origin (海关原产地证书): the certificate, its goods
 * lines and attached documents, in responses and in request bodies.
 *
 * NOTE: the published examples were cut after the first goods line, so every header field of
 * the response past `goodsList`, and `status` and `ciqRegNo` in particular, is our guess from
 * the request bodies; the sandbox serves the same shape.
 */
import { z } from 'zod';
import { flag, inputInteger, inputText, list, optionalId, text } from './fields';
import { springPageSchema } from './schemas';

export const customsDocumentSchema = z.looseObject({
  id: optionalId,
  fileType: text,
  fileTypeName: text,
  fileName: text,
  url: text,
});
export type CustomsDocument = z.output<typeof customsDocumentSchema>;

export const customsGoodsSchema = z.looseObject({
  id: optionalId,
  gNo: text,
  iCompPrpr: text,
  goodsItemFlag: flag,
  hsCode: text,
  goodsName: text,
  goodsNameE: text,
  goodsQty: text,
  goodsUnit: text,
  oriCriteria: text,
  nonOriginIngredients: text,
});
export type CustomsGoods = z.output<typeof customsGoodsSchema>;

export const customsCertificateSchema = z.looseObject({
  id: z.number().int(),
  certNo: text,
  /** Application (报检) number that the XML routes take. */
  ciqRegNo: text,
  /** Workflow state such as 草稿, 已申报, 审核通过, 已退回 or 已打印. */
  status: text,
  applyType: text,
  certType: text,
  customsEnterpriseId: optionalId,
  applId: optionalId,
  orgCode: text,
  fetchPlace: text,
  aplAdd: text,
  invDate: text,
  invNo: text,
  aplDate: text,
  exporter: text,
  consignee: text,
  goodsSpecClause: text,
  mark: text,
  goodsList: list(customsGoodsSchema),
  documentList: list(customsDocumentSchema),
  nonpartyCorpList: list(z.looseObject({})),
  invoiceInfoList: list(z.looseObject({})),
});
export type CustomsCertificate = z.output<typeof customsCertificateSchema>;

export const customsCertificatePageSchema = springPageSchema(customsCertificateSchema);
export const customsCertificateListSchema = z.array(customsCertificateSchema);
/** Certificate numbers, as 根据发票号查询证书号 returns them. */
export const certNoListSchema = z.array(z.string());

export const customsGoodsInputSchema = z.looseObject({
  sortNo: inputInteger,
  certificateSortNo: inputInteger,
  hsCode: z.string().regex(/^\d{4,10}$/, 'HS code must be 4 to 10 digits').optional(),
  goodsName: inputText,
  goodsNameE: inputText,
  nonOriginIngredients: inputText,
  oriCriteria: inputText,
  oriCriteriaSub: inputText,
  oriCriteriaExt: inputText,
  oriCriteriaRef: inputText,
  goodsQty: inputText,
});

/**
 * Body of 新增海关证接口 and, without `applyType`, `certType` and `customsEnterpriseId`, of
 * 编辑海关证书. The list fields are real JSON arrays although the published examples show the
 * string "new ArrayList<>()".
 */
export const customsCertificateInputSchema = z.looseObject({
  goodsList: z.array(customsGoodsInputSchema).optional(),
  documentList: z.array(z.looseObject({})).optional(),
  nonpartyCorpList: z.array(z.looseObject({})).optional(),
  invoiceInfoList: z.array(z.looseObject({})).optional(),
  certNo: inputText,
  applyType: inputText,
  certType: inputText,
  customsEnterpriseId: inputInteger,
  applId: inputInteger,
  orgCode: inputText,
  fetchPlace: inputText,
  aplAdd: inputText,
  invDate: inputText,
  invNo: inputText,
  aplDate: inputText,
  exporter: inputText,
  consignee: inputText,
  goodsSpecClause: inputText,
  mark: inputText,
});
export type CustomsCertificateInput = z.input<typeof customsCertificateInputSchema>;
