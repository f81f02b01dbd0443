import { describe, expect, it } from 'vitest';
import { countrySchema, enterpriseSchema, signerSchema } from '@/utils/api/schemas';
import { maskIdentity } from '@/utils/mask';
import { buildFillProfile } from '@/utils/worker/profile';

const enterprise = enterpriseSchema.parse({
  id: 7,
  enterpriseCnName: '宁波测试进出口有限公司',
  socialCreditCode: '91330203MA2H7Q8X6N',
  exporterFax: null,
  fetchPlace: '宁波海关',
});
const signer = signerSchema.parse({ id: 3, name: '张三', identity: '330203199001011236', tel: '13600000000' });
const country = countrySchema.parse({
  countryNameChinese: '日本',
  countryNameEnglish: 'Japan',
  countryCode: 'JP',
  customsCountryCode: '116',
});

describe('buildFillProfile', () => {
  it('copies the enterprise fields that have values', () => {
    const profile = buildFillProfile(enterprise);
    expect(profile.enterprise.enterpriseCnName).toBe('宁波测试进出口有限公司');
    expect(profile.enterprise.fetchPlace).toBe('宁波海关');
  });

  it('leaves out empty and null enterprise fields', () => {
    const profile = buildFillProfile(enterprise);
    expect('exporterFax' in profile.enterprise).toBe(false);
    expect('legalName' in profile.enterprise).toBe(false);
  });

  it('adds the signer and the destination country when given', () => {
    const profile = buildFillProfile(enterprise, signer, country);
    expect(profile.signer).toEqual({ name: '张三', identity: '330203199001011236', tel: '13600000000' });
    expect(profile.destinationCountry?.customsCountryCode).toBe('116');
  });

  it('adds the producer when one is chosen', () => {
    const producer = { id: 101, customsEnterpriseId: 7, producerName: '宁波织美针织有限公司', producerContactPerson: '孙海燕', producerContactTel: '13705748812', socialCreditCode: '91330212MA2AK3D5XX', customsEnterpriseName: '' };
    const profile = buildFillProfile(enterprise, undefined, undefined, producer);
    expect(profile.producer?.producerName).toBe('宁波织美针织有限公司');
    expect(profile.producer?.socialCreditCode).toBe('91330212MA2AK3D5XX');
  });

  it('has no signer or country when none is chosen', () => {
    const profile = buildFillProfile(enterprise);
    expect(profile.signer).toBeUndefined();
    expect(profile.destinationCountry).toBeUndefined();
  });
});

describe('maskIdentity', () => {
  it('keeps the first and last four characters', () => {
    expect(maskIdentity('330203199001011236')).toBe('3302**********1236');
  });

  it('masks a short value entirely', () => {
    expect(maskIdentity('1234567')).toBe('*******');
  });
});
