import { describe, expect, it } from 'vitest';
import { parseFieldName, parseLabel } from '../../utils/fill/parse';
import { type FieldContext, completeWithName, resolveLabel } from '../../utils/fill/resolve';
import type { ParsedLabel, Party } from '../../utils/fill/vocabulary';

function context(overrides: Partial<FieldContext> = {}): FieldContext {
  return { section: null, multiline: false, previous: null, next: null, ...overrides };
}

/** Parses and resolves a label the way the engine does, for a field in `section`. */
function sourceOf(label: string, overrides: Partial<FieldContext> = {}): string {
  const parsed = parseLabel(label);
  if (!parsed) return 'unrecognised';
  const resolution = resolveLabel(parsed, context(overrides));
  if (resolution.kind === 'source') return resolution.source;
  if (resolution.kind === 'ambiguous') return `ambiguous:${resolution.candidate}`;
  return 'unrelated';
}

function parsedOf(label: string): ParsedLabel {
  const parsed = parseLabel(label);
  if (!parsed) throw new Error(`label "${label}" was not recognised`);
  return parsed;
}

describe('parseLabel', () => {
  it.each([
    ['*企业中文名称：', { party: 'enterprise', role: null, attribute: 'cnName' }],
    ['企业英文名称', { party: 'enterprise', role: null, attribute: 'enName' }],
    ['联系人电话', { party: null, role: 'contact', attribute: 'tel' }],
    ['法人电话：', { party: null, role: 'legal', attribute: 'tel' }],
    ['生产商联系人', { party: 'producer', role: 'contact', attribute: null }],
    ['申报员手机', { party: 'signer', role: null, attribute: 'mobile' }],
    ['电　　话：', { party: null, role: null, attribute: 'tel' }],
    ['目的国（地区）', { party: null, role: null, attribute: 'destination' }],
    ['1. 出口商名称、地址、国家', { party: 'exporter', role: null, attribute: 'exporterBox' }],
    ['统一社会信用代码(18位)', { party: null, role: null, attribute: 'uscc' }],
    ['企业名称（中文）', { party: 'enterprise', role: null, attribute: 'cnName' }],
    ['Company Name (English)', { party: 'enterprise', role: null, attribute: 'enName' }],
    ['Contact Person Mobile', { party: null, role: 'contact', attribute: 'mobile' }],
    ["1. Exporter's name, address, country", { party: 'exporter', role: null, attribute: 'exporterBox' }],
    ['统一社会信用代码 USCC', { party: null, role: null, attribute: 'uscc' }],
  ])('reads %s', (label, expected) => {
    expect(parseLabel(label)).toEqual(expected);
  });

  it.each([
    ['英文地址', 'enAddress'],
    ['企业注册号', 'unrelated'],
    ['货物名称', 'unrelated'],
    ['HS编码', 'unrelated'],
    ['Post Code', 'unrelated'],
  ])('marks %s as data the profile lacks', (label, attribute) => {
    expect(parseLabel(label)?.attribute).toBe(attribute);
  });

  it.each(['联系人籍贯', '经营范围', '备案号码说明文字很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长', 'Valid From', ''])(
    'does not recognise %s',
    (label) => {
      expect(parseLabel(label)).toBeNull();
    },
  );

  it('reads the first recognised alternative of a slashed label', () => {
    expect(parseLabel('统一社会信用代码/组织机构代码')?.attribute).toBe('uscc');
    expect(parseLabel('海关编码／备案号')?.attribute).toBe('customsCode');
  });

  it('rejects a bilingual label whose halves disagree', () => {
    expect(parseLabel('传真 Telephone')).toBeNull();
  });
});

describe('parseFieldName', () => {
  it.each([
    ['qyzwmc', 'name'],
    ['qymc', 'name'],
    ['qyywmc', 'enName'],
    ['shxydm', 'uscc'],
    ['tyshxydm', 'uscc'],
    ['zzjgdm', 'orgCode'],
    ['hgzcbm', 'customsCode'],
    ['hgbm', 'customsCode'],
    ['cksdm', 'exporterCode'],
    ['frdh', 'tel'],
    ['lxrdh', 'tel'],
    ['qycz', 'fax'],
    ['dzyx', 'email'],
    ['sqdd', 'aplAdd'],
    ['qydz', 'address'],
    ['lzdd', 'fetchPlace'],
    ['mdgdm', 'destination'],
    ['jkg', 'destination'],
    ['sbysj', 'mobile'],
    ['filing_entNameEn', 'enName'],
    ['entInfo.legalPersonTel', 'tel'],
    ['sby[0].sfzh', 'idNumber'],
  ])('reads %s', (identifier, attribute) => {
    expect(parseFieldName(identifier)?.attribute).toBe(attribute);
  });

  it.each([
    ['fddbr', 'legal'],
    ['lxr', 'contact'],
    ['lxrdh', 'contact'],
  ])('reads the role of %s', (identifier, role) => {
    expect(parseFieldName(identifier)?.role).toBe(role);
  });

  it.each(['declarants_0_name', 'fph', 'certId', '_csrf', 'f7', 'sj', 'constructor', '__proto__', 'toString'])('does not recognise %s', (identifier) => {
    expect(parseFieldName(identifier)).toBeNull();
  });
});

describe('resolveLabel', () => {
  const fax = parsedOf('传真');
  const contact = parsedOf('联系人');
  const legal = parsedOf('法定代表人');

  it('reads bare 电话 next to 传真 as the company phone', () => {
    expect(sourceOf('电话', { next: fax })).toBe('enterprise.exporterTel');
    expect(sourceOf('电话', { previous: fax })).toBe('enterprise.exporterTel');
  });

  it('reads 联系电话 right after 联系人 as the contact phone', () => {
    expect(sourceOf('联系电话', { previous: contact })).toBe('enterprise.corporateContactsTel');
  });

  it('reads 手机 right after 法定代表人 as the legal phone', () => {
    expect(sourceOf('手机', { previous: legal })).toBe('enterprise.legalTel');
  });

  it('leaves bare 电话 without neighbours ambiguous', () => {
    expect(sourceOf('电话')).toBe('ambiguous:enterprise.exporterTel');
  });

  it('keeps explicit labels whatever the neighbours say', () => {
    expect(sourceOf('联系人电话', { next: fax })).toBe('enterprise.corporateContactsTel');
    expect(sourceOf('企业电话', { previous: contact })).toBe('enterprise.exporterTel');
  });

  it('leaves bare 名称 without a section ambiguous', () => {
    expect(sourceOf('名称')).toBe('ambiguous:enterprise.enterpriseCnName');
  });

  it.each<[string, Party, string]>([
    ['名称', 'enterprise', 'enterprise.enterpriseCnName'],
    ['名称', 'producer', 'producer.producerName'],
    ['企业名称', 'producer', 'producer.producerName'],
    ['统一社会信用代码', 'producer', 'producer.socialCreditCode'],
    ['联系人', 'producer', 'producer.producerContactPerson'],
    ['联系电话', 'producer', 'producer.producerContactTel'],
    ['地址', 'producer', 'unrelated'],
    ['企业名称', 'signer', 'enterprise.enterpriseCnName'],
    ['姓名', 'signer', 'signer.name'],
    ['证件号码', 'signer', 'signer.identity'],
    ['手机号码', 'signer', 'signer.tel'],
    ['电子邮箱', 'signer', 'unrelated'],
    ['企业名称', 'foreign', 'unrelated'],
    ['电话', 'foreign', 'unrelated'],
    ['目的国', 'producer', 'destinationCountry'],
  ])('resolves %s in a %s section', (label, section, expected) => {
    expect(sourceOf(label, { section })).toBe(expected);
  });

  it('keeps a party named in the label over the section', () => {
    expect(sourceOf('生产商名称', { section: 'enterprise' })).toBe('producer.producerName');
    expect(sourceOf('申报员姓名', { section: 'producer' })).toBe('signer.name');
  });

  it('fills the exporter box only in a textarea', () => {
    expect(sourceOf('出口商名称、地址、国家', { multiline: true })).toBe('enterprise.exporter');
    expect(sourceOf('出口商名称、地址、国家')).toBe('unrelated');
  });

  it('never gives the signer ID to a legal representative field', () => {
    expect(sourceOf('法定代表人身份证号码')).toBe('unrelated');
  });

  it('maps certificate fields whatever the section', () => {
    expect(sourceOf('领证地点', { section: 'signer' })).toBe('enterprise.fetchPlace');
    expect(sourceOf('签证机构')).toBe('enterprise.fetchPlace');
    expect(sourceOf('申请地点')).toBe('enterprise.aplAdd');
    expect(sourceOf('Importing Country')).toBe('destinationCountry');
  });
});

describe('completeWithName', () => {
  it('completes bare 名称 with the party of qymc', () => {
    const completed = completeWithName(parsedOf('名称'), { party: 'enterprise', role: null, attribute: 'name' });
    expect(completed).toEqual({ party: 'enterprise', role: null, attribute: 'name' });
    if (!completed) return;
    expect(resolveLabel(completed, context())).toEqual({ kind: 'source', source: 'enterprise.enterpriseCnName' });
  });

  it('completes bare 电话 with the role of lxrdh', () => {
    const completed = completeWithName(parsedOf('电话'), { party: null, role: 'contact', attribute: 'tel' });
    expect(completed).not.toBeNull();
    if (!completed) return;
    expect(resolveLabel(completed, context())).toEqual({ kind: 'source', source: 'enterprise.corporateContactsTel' });
  });

  it('refuses a name that asks for something else', () => {
    expect(completeWithName(parsedOf('名称'), { party: null, role: null, attribute: 'fax' })).toBeNull();
  });
});
