import { describe, expect, it } from 'vitest';
import {
  ENTERPRISE_TEXT_FIELDS,
  type EnterpriseFields,
  isValidPhone,
  validateEnterprise,
  validateProducer,
} from '@/utils/validation/enterprise';

/** Returns the sandbox's seed enterprise 1, whose codes are valid. */
function validEnterprise(): EnterpriseFields {
  const blank = Object.fromEntries(ENTERPRISE_TEXT_FIELDS.map((field) => [field, ''])) as EnterpriseFields;
  return {
    ...blank,
    enterpriseCnName: '宁波海曙远航进出口有限公司',
    socialCreditCode: '91330203MA2H7Q8X6N',
    orgCode: 'MA2H7Q8X6',
    customsId: '3302960123',
    exporterMail: 'trade@yuanhang-nb.example',
    exporterTel: '0574-87651234',
    exporterFax: '0574-87651235',
    legalTel: '13905741234',
    corporateContactsTel: '13857412345',
  };
}

describe('validateEnterprise', () => {
  it('accepts a valid enterprise', () => {
    expect(validateEnterprise(validEnterprise())).toEqual({});
  });

  it('accepts blank optional fields', () => {
    const blank = Object.fromEntries(ENTERPRISE_TEXT_FIELDS.map((field) => [field, ''])) as EnterpriseFields;
    expect(validateEnterprise({ ...blank, enterpriseCnName: '某公司' })).toEqual({});
  });

  it('requires the Chinese name', () => {
    expect(validateEnterprise({ ...validEnterprise(), enterpriseCnName: '  ' })).toEqual({
      enterpriseCnName: 'admin_error_required',
    });
  });

  it.each([
    ['wrong check character', '91330203MA2H7Q8X6M'],
    ['17 characters', '91330203MA2H7Q8X6'],
    ['19 characters', '91330203MA2H7Q8X6NN'],
    ['lower case', '91330203ma2h7q8x6n'],
    ['unused letter O', '91330203MA2H7Q8O6N'],
  ])('rejects a credit code with %s', (_case, code) => {
    const errors = validateEnterprise({ ...validEnterprise(), socialCreditCode: code });
    expect(errors.socialCreditCode).toBe('admin_error_uscc');
  });

  it.each([
    ['wrong check character', 'MA2H7Q8X5'],
    ['8 characters', 'MA2H7Q8X'],
    ['hyphenated form', 'MA2H7Q8X-6'],
  ])('rejects an organization code with %s', (_case, code) => {
    const errors = validateEnterprise({ ...validEnterprise(), orgCode: code });
    expect(errors.orgCode).toBe('admin_error_org_code');
  });

  it('rejects an organization code unlike the credit code', () => {
    // 12345678-8 has a valid check character but is not characters 9–17 of the credit code.
    const errors = validateEnterprise({ ...validEnterprise(), orgCode: '123456788' });
    expect(errors).toEqual({ orgCode: 'admin_error_org_code_mismatch' });
  });

  it.each(['330296012', '33029601234', '3302-60123'])('rejects customs code %s', (code) => {
    expect(validateEnterprise({ ...validEnterprise(), customsId: code }).customsId).toBe('admin_error_customs_id');
  });

  it.each(['trade', 'trade@', '@example.com', 'a b@example.com', 'trade@example'])('rejects e-mail %s', (mail) => {
    expect(validateEnterprise({ ...validEnterprise(), exporterMail: mail }).exporterMail).toBe('admin_error_email');
  });

  it('names every invalid phone field', () => {
    const errors = validateEnterprise({
      ...validEnterprise(),
      legalTel: '1390574123',
      corporateContactsTel: '23857412345',
      exporterTel: '574-87651234',
      exporterFax: '0574-876512',
    });
    expect(errors).toEqual({
      legalTel: 'admin_error_phone',
      corporateContactsTel: 'admin_error_phone',
      exporterTel: 'admin_error_phone',
      exporterFax: 'admin_error_phone',
    });
  });
});

describe('isValidPhone', () => {
  it.each(['13905741234', '0574-87651234', '057487651234', '010-12345678', '0574-87651234-801', '0574-8765123转12'])(
    'accepts %s',
    (phone) => {
      expect(isValidPhone(phone)).toBe(true);
    },
  );

  it.each(['', '1390574123', '139057412345', '23905741234', '0574-876512', '+86 13905741234', '0574-87651234-'])(
    'rejects %s',
    (phone) => {
      expect(isValidPhone(phone)).toBe(false);
    },
  );
});

describe('validateProducer', () => {
  const producer = {
    producerName: '宁波鄞州织美针织服饰有限公司',
    producerContactPerson: '孙海燕',
    producerContactTel: '13705748812',
    socialCreditCode: '91330203MA2H7Q8X6N',
  };

  it('accepts a valid producer', () => {
    expect(validateProducer(producer)).toEqual({});
  });

  it('names each invalid field', () => {
    const errors = validateProducer({ producerName: '', producerContactPerson: '', producerContactTel: '123', socialCreditCode: 'X' });
    expect(errors).toEqual({
      producerName: 'admin_error_required',
      producerContactTel: 'admin_error_phone',
      socialCreditCode: 'admin_error_uscc',
    });
  });
});
