/**
 * In-memory customs certificates of origin. Changes last until `reset()` or the end of the
 * process, and every read returns a copy.
 */
import { z } from 'zod';
import type { CertificateRecord, CertificateStatus, GoodsRecord } from './data/customs-certificates';

const text = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);
const integer = z
  .number()
  .int()
  .nullish()
  .transform((value) => value ?? undefined);

const goodsInputSchema = z.object({
  sortNo: integer,
  hsCode: text,
  goodsName: text,
  goodsNameE: text,
  goodsQty: text,
  goodsUnit: text,
  oriCriteria: text,
  nonOriginIngredients: text,
});

/**
 * Body of a create, edit or batch item. Unknown fields are dropped, as Spring Boot's Jackson
 * setup does by default, and `null` counts as absent.
 */
export const certificateInputSchema = z.object({
  certNo: text,
  applyType: text,
  certType: text,
  customsEnterpriseId: integer,
  applId: integer,
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
  goodsList: z.array(goodsInputSchema).nullish(),
  invoiceInfoList: z.array(z.object({ invNo: z.string(), invDate: z.string().nullish() })).nullish(),
});
export type CertificateInput = z.output<typeof certificateInputSchema>;

/** States in which the applicant may still edit or delete a certificate. */
const EDITABLE: readonly CertificateStatus[] = ['草稿', '已退回'];

export type ChangeResult =
  | { kind: 'done'; certificate: CertificateRecord }
  | { kind: 'not-found' }
  | { kind: 'locked'; status: CertificateStatus };

export interface CertificateFilter {
  certNo?: string;
  invNo?: string;
  status?: string;
  customsEnterpriseId?: number;
}

export class CertificateStore {
  private records = new Map<number, CertificateRecord>();
  private nextId = 1;
  private nextGoodsId = 1;
  private nextRegNo = 1;

  constructor(private readonly seed: () => CertificateRecord[]) {
    this.reset();
  }

  reset(): void {
    const seeded = this.seed();
    this.records = new Map(seeded.map((record) => [record.id, structuredClone(record)]));
    this.nextId = Math.max(0, ...this.records.keys()) + 1;
    this.nextGoodsId = Math.max(0, ...seeded.flatMap((record) => record.goodsList.map((line) => line.id))) + 1;
    this.nextRegNo = 1;
  }

  /** Lists certificates by id; each filter given must match exactly. */
  list(filter: CertificateFilter = {}): CertificateRecord[] {
    return [...this.records.values()]
      .filter((record) => filter.certNo === undefined || record.certNo === filter.certNo)
      .filter((record) => filter.invNo === undefined || invoiceNumbersOf(record).includes(filter.invNo))
      .filter((record) => filter.status === undefined || record.status === filter.status)
      .filter(
        (record) =>
          filter.customsEnterpriseId === undefined || record.customsEnterpriseId === filter.customsEnterpriseId,
      )
      .sort((a, b) => a.id - b.id)
      .map((record) => structuredClone(record));
  }

  get(id: number): CertificateRecord | undefined {
    const record = this.records.get(id);
    return record && structuredClone(record);
  }

  findByRegNo(ciqRegNo: string): CertificateRecord | undefined {
    const record = [...this.records.values()].find((candidate) => candidate.ciqRegNo === ciqRegNo);
    return record && structuredClone(record);
  }

  /** Creates a certificate in state 草稿 with a new application number. */
  create(input: CertificateInput): CertificateRecord {
    const id = this.nextId++;
    const record = this.apply(blankCertificate(id, `9900${String(this.nextRegNo++).padStart(6, '0')}`), input);
    this.records.set(id, record);
    return structuredClone(record);
  }

  /** Updates a certificate in state 草稿 or 已退回; fields absent from the input are kept. */
  update(id: number, input: CertificateInput): ChangeResult {
    const stored = this.records.get(id);
    if (!stored) return { kind: 'not-found' };
    if (!EDITABLE.includes(stored.status)) return { kind: 'locked', status: stored.status };
    const record = this.apply(stored, input);
    this.records.set(id, record);
    return { kind: 'done', certificate: structuredClone(record) };
  }

  /** Deletes a certificate in state 草稿 or 已退回. */
  delete(id: number): ChangeResult {
    const stored = this.records.get(id);
    if (!stored) return { kind: 'not-found' };
    if (!EDITABLE.includes(stored.status)) return { kind: 'locked', status: stored.status };
    this.records.delete(id);
    return { kind: 'done', certificate: structuredClone(stored) };
  }

  /** Sets the state of the certificate with this application number, as a customs receipt does. */
  setStatus(ciqRegNo: string, status: CertificateStatus): boolean {
    const record = [...this.records.values()].find((candidate) => candidate.ciqRegNo === ciqRegNo);
    if (!record) return false;
    record.status = status;
    return true;
  }

  private apply(base: CertificateRecord, input: CertificateInput): CertificateRecord {
    const { goodsList, invoiceInfoList, ...fields } = input;
    const record: CertificateRecord = { ...structuredClone(base), ...definedFields(fields) };
    if (goodsList) record.goodsList = goodsList.map((line, index) => this.goodsLine(line, index));
    if (invoiceInfoList) {
      record.invoiceInfoList = invoiceInfoList.map((invoice) => ({ invNo: invoice.invNo, invDate: invoice.invDate ?? '' }));
    }
    return record;
  }

  private goodsLine(input: z.output<typeof goodsInputSchema>, index: number): GoodsRecord {
    return {
      id: this.nextGoodsId++,
      gNo: String(input.sortNo ?? index + 1),
      hsCode: input.hsCode ?? '',
      goodsName: input.goodsName ?? '',
      goodsNameE: input.goodsNameE ?? '',
      goodsQty: input.goodsQty ?? '',
      goodsUnit: input.goodsUnit ?? '',
      oriCriteria: input.oriCriteria ?? '',
      nonOriginIngredients: input.nonOriginIngredients ?? '',
      iCompPrpr: '',
      goodsItemFlag: true,
    };
  }
}

/** Invoice numbers of a certificate: its own and those of its invoice list. */
export function invoiceNumbersOf(record: CertificateRecord): string[] {
  return [record.invNo, ...record.invoiceInfoList.map((invoice) => invoice.invNo)].filter((invNo) => invNo !== '');
}

function blankCertificate(id: number, ciqRegNo: string): CertificateRecord {
  return {
    id,
    certNo: '',
    ciqRegNo,
    status: '草稿',
    applyType: '',
    certType: '',
    customsEnterpriseId: 0,
    applId: 0,
    orgCode: '',
    fetchPlace: '',
    aplAdd: '',
    invDate: '',
    invNo: '',
    aplDate: '',
    exporter: '',
    consignee: '',
    goodsSpecClause: '',
    mark: '',
    goodsList: [],
    documentList: [],
    nonpartyCorpList: [],
    invoiceInfoList: [],
  };
}

function definedFields<Fields extends object>(fields: Fields): Partial<Fields> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Fields>;
}
