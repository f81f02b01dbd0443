/**
 * zod schemas for the FTA 智证通 API responses the extension reads.
 *
 * Field names follow the published examples. Objects accept unknown extra fields, because most
 * published pages were cut part-way and the service may send more than was seen. Text fields
 * accept `null` and read it as an empty string, since Java services commonly serialize unset
 * strings that way.
 */
import { z } from 'zod';
import { flag, optionalId, text } from './fields';

export const transportPortSchema = z.looseObject({
  portNameChinese: text,
  portNameEnglish: text,
  portCode: text,
});

export const countrySchema = z.looseObject({
  countryNameChinese: text,
  countryNameEnglish: text,
  countryCode: text,
  customsCountryCode: text,
  transportPortDtoList: z
    .array(transportPortSchema)
    .nullish()
    .transform((value) => value ?? []),
});
export type Country = z.output<typeof countrySchema>;

/**
 * One partner country of one agreement.
 *
 * NOTE: 查询所有协定国家 is unpublished, so this flat row shape is our guess; the country fields
 * reuse the names of /transport-countries.
 */
export const agreementCountrySchema = z.looseObject({
  agreementCode: z.string().min(1),
  agreementNameChinese: text,
  agreementNameEnglish: text,
  certificateType: text,
  countryNameChinese: text,
  countryNameEnglish: text,
  countryCode: text,
  customsCountryCode: text,
});
export type AgreementCountry = z.output<typeof agreementCountrySchema>;

export const customs122RuleSchema = z.looseObject({
  id: z.number().int(),
  tariffChapter: text,
  tariffCodeList: text,
  cargoDesc: text,
  materialChangeCriteria: text,
  isStar: flag,
  hsCode: text,
});
export type Customs122Rule = z.output<typeof customs122RuleSchema>;

/**
 * One entry of a standard-code table.
 *
 * NOTE: the published item type is an empty object. `code` and `name` are our guess, with
 * `nameEn` optional; the sandbox serves this shape.
 */
export const standardCodeSchema = z.looseObject({
  code: z.string().min(1),
  name: text,
  nameEn: text,
});
export type StandardCode = z.output<typeof standardCodeSchema>;

export const signerSchema = z.looseObject({
  id: z.number().int(),
  name: text,
  enterpriseId: optionalId,
  identity: text,
  tel: text,
  userId: optionalId,
});
export type Signer = z.output<typeof signerSchema>;

export const enterpriseSchema = z.looseObject({
  id: z.number().int(),
  enterpriseId: optionalId,
  enterpriseCnName: text,
  enterpriseEnName: text,
  socialCreditCode: text,
  customsId: text,
  startingCertificateNo: text,
  exporterCode: text,
  exporterTel: text,
  exporterFax: text,
  exporterMail: text,
  legalName: text,
  legalTel: text,
  corporateContacts: text,
  corporateContactsTel: text,
  orgCode: text,
  fetchPlace: text,
  enterpriseAddr: text,
  aplAdd: text,
  exporter: text,
  customsEnterpriseSigners: z
    .array(signerSchema)
    .nullish()
    .transform((value) => value ?? []),
});
export type Enterprise = z.output<typeof enterpriseSchema>;

/**
 * A Spring Data page object. Only `content` is relied on; the paging fields were not all seen
 * in the published examples, so each is optional.
 */
export function springPageSchema<Item extends z.ZodType>(item: Item) {
  return z.looseObject({
    content: z.array(item),
    totalElements: z.number().int().nonnegative().optional(),
    totalPages: z.number().int().nonnegative().optional(),
    number: z.number().int().nonnegative().optional(),
    size: z.number().int().nonnegative().optional(),
    last: z.boolean().optional(),
  });
}

export const countryListSchema = z.array(countrySchema);
export const agreementCountryListSchema = z.array(agreementCountrySchema);
export const customs122ListSchema = z.array(customs122RuleSchema);
export const standardCodePageSchema = springPageSchema(standardCodeSchema);
export const enterprisePageSchema = springPageSchema(enterpriseSchema);
export const signerListSchema = z.array(signerSchema);

/**
 * Body of 保存海关企业. An absent or zero `id` creates an enterprise, an existing one updates
 * it.
 *
 * NOTE: the create-or-update meaning of `id` is inferred; the published page shows the body
 * only.
 */
export const enterpriseInputSchema = z.looseObject({
  id: z.number().int().nonnegative().optional(),
  enterpriseId: z.number().int().optional(),
  enterpriseCnName: z.string().min(1).max(200),
  enterpriseEnName: z.string().max(400).optional(),
  socialCreditCode: z.string().max(18).optional(),
  customsId: z.string().max(10).optional(),
  startingCertificateNo: z.string().max(40).optional(),
  exporterCode: z.string().max(40).optional(),
  exporterTel: z.string().max(40).optional(),
  exporterFax: z.string().max(40).optional(),
  exporterMail: z.string().max(200).optional(),
  legalName: z.string().max(100).optional(),
  legalTel: z.string().max(40).optional(),
  corporateContacts: z.string().max(100).optional(),
  corporateContactsTel: z.string().max(40).optional(),
  orgCode: z.string().max(20).optional(),
  fetchPlace: z.string().max(100).optional(),
  enterpriseAddr: z.string().max(400).optional(),
  aplAdd: z.string().max(100).optional(),
  exporter: z.string().max(1000).optional(),
  customsEnterpriseSigners: z
    .array(
      z.looseObject({
        id: z.number().int().optional(),
        name: z.string().max(100),
        identity: z.string().max(18).optional(),
        tel: z.string().max(40).optional(),
        userId: z.number().int().optional(),
      }),
    )
    .optional(),
});
export type EnterpriseInput = z.input<typeof enterpriseInputSchema>;

/**
 * The response of a delete or of the receipt intake: `{}` as published, or no body at all (read
 * as `undefined`), since the real service's responses to the unpublished deletes are not known.
 */
export const emptyAnswerSchema = z.union([z.looseObject({}), z.undefined(), z.null()]);

/**
 * The response of 保存海关企业: the saved enterprise, or exactly `{}` as on the published page. Any
 * other object is invalid, so a changed enterprise shape is not mistaken for `{}`.
 */
export const enterpriseSaveAnswerSchema = z.union([enterpriseSchema, z.strictObject({})]);
