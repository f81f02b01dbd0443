/**
 * Checks of the enterprise edit form and the producer form. Each returns a map from field name
 * to the UI message key of its first problem, and an empty map when the form is valid. Empty
 * fields are valid except the required names, because the service accepts blank ones.
 */
import { isValidOrgCode, isValidUscc } from './codes';

/** Text fields of an enterprise that the options page edits, in form order. */
export const ENTERPRISE_TEXT_FIELDS = [
  'enterpriseCnName',
  'enterpriseEnName',
  'socialCreditCode',
  'orgCode',
  'customsId',
  'exporterCode',
  'startingCertificateNo',
  'legalName',
  'legalTel',
  'corporateContacts',
  'corporateContactsTel',
  'exporterTel',
  'exporterFax',
  'exporterMail',
  'enterpriseAddr',
  'fetchPlace',
  'aplAdd',
  'exporter',
] as const;
export type EnterpriseTextField = (typeof ENTERPRISE_TEXT_FIELDS)[number];
export type EnterpriseFields = Record<EnterpriseTextField, string>;

export type ValidationMessageKey =
  | 'admin_error_required'
  | 'admin_error_uscc'
  | 'admin_error_org_code'
  | 'admin_error_org_code_mismatch'
  | 'admin_error_customs_id'
  | 'admin_error_email'
  | 'admin_error_phone';

export type FieldErrors<Field extends string> = Partial<Record<Field, ValidationMessageKey>>;

const PHONE_FIELDS = ['legalTel', 'corporateContactsTel', 'exporterTel', 'exporterFax'] as const;

const MOBILE = /^1\d{10}$/;
/** Area code of 3 or 4 digits starting with 0, a 7- or 8-digit number, and an optional extension. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:(?:-|转|#)\d{1,6})?$/;
/** Customs registration code (海关编码): 10 digits or capital letters. */
const CUSTOMS_ID = /^[0-9A-Z]{10}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Tells whether `value` is an 11-digit mobile number or a landline such as 0574-87651234-801. */
export function isValidPhone(value: string): boolean {
  return MOBILE.test(value) || LANDLINE.test(value);
}

export function isValidEmail(value: string): boolean {
  return EMAIL.test(value);
}

function usccProblem(uscc: string): ValidationMessageKey | undefined {
  return isValidUscc(uscc) ? undefined : 'admin_error_uscc';
}

/**
 * Checks an organization code on its own (GB 11714 check character) and, when the credit code
 * is valid, against characters 9–17 of it.
 */
function orgCodeProblem(orgCode: string, uscc: string): ValidationMessageKey | undefined {
  if (orgCode.length !== 9 || !isValidOrgCode(orgCode)) return 'admin_error_org_code';
  if (uscc !== '' && isValidUscc(uscc) && uscc.slice(8, 17) !== orgCode) return 'admin_error_org_code_mismatch';
  return undefined;
}

export function validateEnterprise(fields: EnterpriseFields): FieldErrors<EnterpriseTextField> {
  const errors: FieldErrors<EnterpriseTextField> = {};
  const value = (field: EnterpriseTextField) => fields[field].trim();

  if (value('enterpriseCnName') === '') errors.enterpriseCnName = 'admin_error_required';
  const uscc = value('socialCreditCode');
  if (uscc !== '') errors.socialCreditCode = usccProblem(uscc);
  if (value('orgCode') !== '') errors.orgCode = orgCodeProblem(value('orgCode'), uscc);
  if (value('customsId') !== '' && !CUSTOMS_ID.test(value('customsId'))) errors.customsId = 'admin_error_customs_id';
  if (value('exporterMail') !== '' && !isValidEmail(value('exporterMail'))) errors.exporterMail = 'admin_error_email';
  for (const field of PHONE_FIELDS) {
    if (value(field) !== '' && !isValidPhone(value(field))) errors[field] = 'admin_error_phone';
  }
  return withoutUndefined(errors);
}

export const PRODUCER_FIELDS = ['producerName', 'producerContactPerson', 'producerContactTel', 'socialCreditCode'] as const;
export type ProducerField = (typeof PRODUCER_FIELDS)[number];
export type ProducerFields = Record<ProducerField, string>;

export function validateProducer(fields: ProducerFields): FieldErrors<ProducerField> {
  const errors: FieldErrors<ProducerField> = {};
  if (fields.producerName.trim() === '') errors.producerName = 'admin_error_required';
  const tel = fields.producerContactTel.trim();
  if (tel !== '' && !isValidPhone(tel)) errors.producerContactTel = 'admin_error_phone';
  const uscc = fields.socialCreditCode.trim();
  if (uscc !== '') errors.socialCreditCode = usccProblem(uscc);
  return withoutUndefined(errors);
}

function withoutUndefined<Field extends string>(errors: FieldErrors<Field>): FieldErrors<Field> {
  return Object.fromEntries(Object.entries(errors).filter(([, key]) => key !== undefined)) as FieldErrors<Field>;
}
