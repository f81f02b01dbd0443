/**
 * In-memory customs enterprises with their signers. Saved changes last until `reset()` or the
 * end of the process. Every read returns a copy, so callers cannot change stored records.
 */
import { z } from 'zod';
import type { EnterpriseRecord, SignerRecord } from './data/enterprises';

const text = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);
const integer = z
  .number()
  .int()
  .nullish()
  .transform((value) => value ?? undefined);

const signerInputSchema = z.object({
  id: integer,
  name: text,
  identity: text,
  tel: text,
  userId: integer,
});

/**
 * Body of a save request. Unknown fields are dropped, as Spring Boot's Jackson setup does by
 * default, and `null` counts as absent.
 */
export const enterpriseInputSchema = z.object({
  id: integer,
  enterpriseId: integer,
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
    .array(signerInputSchema)
    .nullish()
    .transform((value) => value ?? undefined),
});
export type EnterpriseInput = z.output<typeof enterpriseInputSchema>;
type SignerInput = z.output<typeof signerInputSchema>;

export type SaveResult =
  { kind: 'created' | 'updated'; enterprise: EnterpriseRecord } | { kind: 'not-found' };

export class EnterpriseStore {
  private records = new Map<number, EnterpriseRecord>();
  private nextEnterpriseId = 1;
  private nextSignerId = 1;

  constructor(private readonly seed: () => EnterpriseRecord[]) {
    this.reset();
  }

  /** Drops every saved change and restores the seed records. */
  reset(): void {
    const seeded = this.seed();
    this.records = new Map(seeded.map((record) => [record.id, structuredClone(record)]));
    const signerIds = seeded.flatMap((record) =>
      record.customsEnterpriseSigners.map((signer) => signer.id),
    );
    this.nextEnterpriseId = Math.max(0, ...this.records.keys()) + 1;
    this.nextSignerId = Math.max(0, ...signerIds) + 1;
  }

  /**
   * Lists enterprises by id. A non-empty `keyword` keeps those whose Chinese or English name
   * contains it, ignoring case.
   */
  list(keyword = ''): EnterpriseRecord[] {
    const needle = keyword.trim().toLowerCase();
    const all = [...this.records.values()].sort((a, b) => a.id - b.id);
    const matching =
      needle === ''
        ? all
        : all.filter(
            (record) =>
              record.enterpriseCnName.toLowerCase().includes(needle) ||
              record.enterpriseEnName.toLowerCase().includes(needle),
          );
    return matching.map((record) => structuredClone(record));
  }

  get(id: number): EnterpriseRecord | undefined {
    const record = this.records.get(id);
    return record && structuredClone(record);
  }

  /**
   * Creates an enterprise when `id` is absent or 0 and updates the stored one otherwise;
   * fields absent from the input keep their stored value. A given signer list replaces the
   * stored one: signers whose id belongs to this enterprise are updated, the rest get new ids.
   *
   * NOTE: the real service's response to an unknown non-zero id is not published. The sandbox
   * returns not-found rather than creating a record under a new id.
   */
  save(input: EnterpriseInput): SaveResult {
    const id = input.id ?? 0;
    const stored = id === 0 ? undefined : this.records.get(id);
    if (id !== 0 && !stored) return { kind: 'not-found' };

    const base = stored ?? blankEnterprise(this.nextEnterpriseId++);
    const { customsEnterpriseSigners: signerInputs, ...fields } = input;
    const record: EnterpriseRecord = { ...base, ...definedFields(fields), id: base.id };
    if (signerInputs) {
      record.customsEnterpriseSigners = signerInputs.map((signer) =>
        this.mergeSigner(record.id, base.customsEnterpriseSigners, signer),
      );
    }

    this.records.set(record.id, record);
    return { kind: stored ? 'updated' : 'created', enterprise: structuredClone(record) };
  }

  /** Deletes an enterprise with its signers; returns false when none has this id. */
  delete(id: number): boolean {
    return this.records.delete(id);
  }

  private mergeSigner(
    enterpriseId: number,
    stored: readonly SignerRecord[],
    input: SignerInput,
  ): SignerRecord {
    const existing = stored.find((signer) => input.id !== undefined && signer.id === input.id);
    const base: SignerRecord = existing ?? {
      id: this.nextSignerId++,
      name: '',
      enterpriseId,
      identity: '',
      tel: '',
      userId: 0,
    };
    return { ...base, ...definedFields(input), id: base.id, enterpriseId };
  }
}

function blankEnterprise(id: number): EnterpriseRecord {
  return {
    id,
    enterpriseId: 0,
    enterpriseCnName: '',
    enterpriseEnName: '',
    socialCreditCode: '',
    customsId: '',
    startingCertificateNo: '',
    exporterCode: '',
    exporterTel: '',
    exporterFax: '',
    exporterMail: '',
    legalName: '',
    legalTel: '',
    corporateContacts: '',
    corporateContactsTel: '',
    orgCode: '',
    fetchPlace: '',
    enterpriseAddr: '',
    aplAdd: '',
    exporter: '',
    customsEnterpriseSigners: [],
  };
}

/** Copies the fields whose value is not `undefined`, so a spread keeps the stored value. */
function definedFields<Fields extends object>(fields: Fields): Partial<Fields> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<Fields>;
}
