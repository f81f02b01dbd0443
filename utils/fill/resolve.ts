/**
 * Turns a parsed label into the data source of its field. When the label alone is too bare (电话,
 * 名称, 姓名), the section the field is in and the labels of the fields beside it decide.
 */
import type { FillSource } from './types';
import type { Attribute, ParsedLabel, Party } from './vocabulary';

export type Resolution =
  | { kind: 'source'; source: FillSource }
  /** The label fits `candidate` but not surely enough to write it. */
  | { kind: 'ambiguous'; candidate: FillSource }
  | { kind: 'unrelated' };

/** Surroundings of a field that decide bare labels. */
export interface FieldContext {
  /** The party named by the nearest section heading or fieldset legend. */
  section: Party | null;
  /** True for a textarea. */
  multiline: boolean;
  /** The parsed labels of the fields just before and after this one, in document order. */
  previous: ParsedLabel | null;
  next: ParsedLabel | null;
}

const source = (value: FillSource): Resolution => ({ kind: 'source', source: value });
const ambiguous = (candidate: FillSource): Resolution => ({ kind: 'ambiguous', candidate });
const UNRELATED: Resolution = { kind: 'unrelated' };

/** Attributes of the certificate itself: they mean the same in every section. */
const CERTIFICATE_SOURCES: Partial<Record<Attribute, FillSource>> = {
  fetchPlace: 'enterprise.fetchPlace',
  aplAdd: 'enterprise.aplAdd',
  destination: 'destinationCountry',
};

/** Returns whether the attribute means a person's name, as in 联系人 or 联系人姓名. */
function asksForPerson(attribute: Attribute | null): boolean {
  return attribute === null || attribute === 'person' || attribute === 'name';
}

function asksForPhone(attribute: Attribute | null): boolean {
  return attribute === 'tel' || attribute === 'mobile';
}

/**
 * Returns the party whose data the field takes. A party in the label wins, except the plain word
 * 企业 inside a producer or consignee section, where 企业名称 is that party's name.
 */
function effectiveParty(label: ParsedLabel, section: Party | null): Party | null {
  if (label.party === 'enterprise') return section === 'producer' || section === 'foreign' ? section : 'enterprise';
  return label.party ?? section;
}

function isFax(label: ParsedLabel | null): boolean {
  return label !== null && label.role === null && label.attribute === 'fax';
}

function isPersonOf(label: ParsedLabel | null, role: 'contact' | 'legal'): boolean {
  return label !== null && label.role === role && asksForPerson(label.attribute);
}

/**
 * Reads a bare phone label from its neighbours. Next to 传真 it is the company phone, and right
 * after 联系人 or 法定代表人 it is that person's phone. Returns null when no neighbour decides it.
 */
function phoneFromNeighbours(attribute: Attribute, context: FieldContext): FillSource | null {
  if (attribute === 'tel' && (isFax(context.previous) || isFax(context.next))) return 'enterprise.exporterTel';
  if (isPersonOf(context.previous, 'contact')) return 'enterprise.corporateContactsTel';
  if (isPersonOf(context.previous, 'legal')) return 'enterprise.legalTel';
  return null;
}

function resolveContact(party: Party | null, attribute: Attribute | null): Resolution {
  if (party === 'producer') {
    if (asksForPerson(attribute)) return source('producer.producerContactPerson');
    if (asksForPhone(attribute)) return source('producer.producerContactTel');
    return UNRELATED;
  }
  if (party === 'signer') return UNRELATED;
  if (asksForPerson(attribute)) return source('enterprise.corporateContacts');
  if (asksForPhone(attribute)) return source('enterprise.corporateContactsTel');
  return UNRELATED;
}

function resolveLegal(party: Party | null, attribute: Attribute | null): Resolution {
  if (party === 'producer' || party === 'signer') return UNRELATED;
  if (asksForPerson(attribute)) return source('enterprise.legalName');
  if (asksForPhone(attribute)) return source('enterprise.legalTel');
  return UNRELATED;
}

function resolveProducer(attribute: Attribute | null): Resolution {
  switch (attribute) {
    case null:
    case 'name':
    case 'cnName':
      return source('producer.producerName');
    case 'uscc':
      return source('producer.socialCreditCode');
    case 'tel':
    case 'mobile':
      return source('producer.producerContactTel');
    case 'person':
      return ambiguous('producer.producerContactPerson');
    default:
      return UNRELATED;
  }
}

function resolveSigner(attribute: Attribute | null): Resolution {
  switch (attribute) {
    case null:
    case 'name':
    case 'person':
      return source('signer.name');
    case 'idNumber':
      return source('signer.identity');
    case 'tel':
    case 'mobile':
      return source('signer.tel');
    default:
      return UNRELATED;
  }
}

/** Attributes whose source is the same whether or not the enterprise is named. */
function resolveEnterpriseAttribute(attribute: Attribute, multiline: boolean): Resolution | null {
  switch (attribute) {
    case 'cnName':
      return source('enterprise.enterpriseCnName');
    case 'enName':
      return source('enterprise.enterpriseEnName');
    case 'uscc':
      return source('enterprise.socialCreditCode');
    case 'orgCode':
      return source('enterprise.orgCode');
    case 'customsCode':
      return source('enterprise.customsId');
    case 'exporterCode':
      return source('enterprise.exporterCode');
    case 'fax':
      return source('enterprise.exporterFax');
    case 'email':
      return source('enterprise.exporterMail');
    case 'address':
    case 'cnAddress':
      return source('enterprise.enterpriseAddr');
    case 'exporterBox':
      // The exporter box has several lines, which a single-line input cannot keep.
      return multiline ? source('enterprise.exporter') : UNRELATED;
    default:
      return null;
  }
}

/** Resolves a field of the enterprise, named in the label (`namedInLabel`) or given by the section. */
function resolveEnterprise(
  label: ParsedLabel,
  party: Party,
  namedInLabel: boolean,
  context: FieldContext,
): Resolution {
  const attribute = label.attribute;
  if (attribute === null) {
    // 出口商 alone heads the exporter box. 企业 or 单位 alone (a unit of measure in goods grids) maps to no data.
    if (party !== 'exporter') return UNRELATED;
    return context.multiline ? source('enterprise.exporter') : ambiguous('enterprise.enterpriseCnName');
  }
  const direct = resolveEnterpriseAttribute(attribute, context.multiline);
  if (direct) return direct;
  switch (attribute) {
    case 'name':
      return source('enterprise.enterpriseCnName');
    case 'tel':
      if (namedInLabel) return source('enterprise.exporterTel');
      return source(phoneFromNeighbours(attribute, context) ?? 'enterprise.exporterTel');
    case 'mobile': {
      const fromNeighbours = phoneFromNeighbours(attribute, context);
      return fromNeighbours ? source(fromNeighbours) : ambiguous('enterprise.exporterTel');
    }
    case 'person':
      return ambiguous('enterprise.corporateContacts');
    default:
      return UNRELATED;
  }
}

/** Resolves a field with no party in its label and no section around it. */
function resolveUnqualified(attribute: Attribute | null, context: FieldContext): Resolution {
  if (attribute === null) return UNRELATED;
  const direct = resolveEnterpriseAttribute(attribute, context.multiline);
  if (direct) return direct;
  switch (attribute) {
    case 'name':
      return ambiguous('enterprise.enterpriseCnName');
    case 'tel':
    case 'mobile': {
      const fromNeighbours = phoneFromNeighbours(attribute, context);
      if (fromNeighbours) return source(fromNeighbours);
      return ambiguous(attribute === 'tel' ? 'enterprise.exporterTel' : 'signer.tel');
    }
    case 'person':
      return ambiguous('signer.name');
    case 'idNumber':
      return ambiguous('signer.identity');
    default:
      return UNRELATED;
  }
}

/** Resolves a parsed label in its context to a source, an ambiguous candidate, or nothing. */
export function resolveLabel(label: ParsedLabel, context: FieldContext): Resolution {
  const attribute = label.attribute;
  if (attribute === 'unrelated' || attribute === 'enAddress') return UNRELATED;
  const certificate = attribute ? CERTIFICATE_SOURCES[attribute] : undefined;
  if (certificate) return source(certificate);

  const party = effectiveParty(label, context.section);
  if (party === 'foreign') return UNRELATED;
  if (label.role === 'contact') return resolveContact(party, attribute);
  if (label.role === 'legal') return resolveLegal(party, attribute);
  switch (party) {
    case 'producer':
      return resolveProducer(attribute);
    case 'signer':
      return resolveSigner(attribute);
    case 'enterprise':
    case 'exporter':
      return resolveEnterprise(label, party, label.party !== null, context);
    default:
      return resolveUnqualified(attribute, context);
  }
}

/** Returns whether two parses ask for the same kind of value, so one may lend its party or role to the other. */
function compatibleAttributes(label: Attribute | null, name: Attribute | null): boolean {
  if (label === null || name === null || label === name) return true;
  const phones: readonly Attribute[] = ['tel', 'mobile'];
  const names: readonly Attribute[] = ['name', 'cnName'];
  return (phones.includes(label) && phones.includes(name)) || (names.includes(label) && names.includes(name));
}

/**
 * Completes a bare label with the party and role that the field's name gives, so 名称 with the
 * name `qymc` reads as the enterprise name. Returns null when the name means another kind of value.
 */
export function completeWithName(label: ParsedLabel, name: ParsedLabel): ParsedLabel | null {
  if (!compatibleAttributes(label.attribute, name.attribute)) return null;
  return {
    party: label.party ?? name.party,
    role: label.role ?? name.role,
    attribute: label.attribute ?? name.attribute,
  };
}
