/**
 * In-memory customs producers (生产商). Changes last until `reset()` or the end of the process,
 * and every read returns a copy.
 */
import { z } from 'zod';
import type { ProducerRecord } from './data/producers';

/** Body of a create. Unknown fields are dropped and a given `id` is ignored. */
export const producerInputSchema = z.object({
  customsEnterpriseId: z.number().int(),
  producerName: z.string().trim().min(1),
  producerContactPerson: z.string().nullish(),
  producerContactTel: z.string().nullish(),
  socialCreditCode: z.string().nullish(),
});
export type ProducerInput = z.output<typeof producerInputSchema>;

export class ProducerStore {
  private records = new Map<number, ProducerRecord>();
  private nextId = 1;

  constructor(private readonly seed: () => ProducerRecord[]) {
    this.reset();
  }

  reset(): void {
    this.records = new Map(this.seed().map((record) => [record.id, structuredClone(record)]));
    this.nextId = Math.max(1000, ...this.records.keys()) + 1;
  }

  /** Lists producers by id, only those of one enterprise when `customsEnterpriseId` is given. */
  list(customsEnterpriseId?: number): ProducerRecord[] {
    return [...this.records.values()]
      .filter((record) => customsEnterpriseId === undefined || record.customsEnterpriseId === customsEnterpriseId)
      .sort((a, b) => a.id - b.id)
      .map((record) => structuredClone(record));
  }

  create(input: ProducerInput): ProducerRecord {
    const record: ProducerRecord = {
      id: this.nextId++,
      customsEnterpriseId: input.customsEnterpriseId,
      producerName: input.producerName,
      producerContactPerson: input.producerContactPerson ?? '',
      producerContactTel: input.producerContactTel ?? '',
      socialCreditCode: input.socialCreditCode ?? '',
    };
    this.records.set(record.id, record);
    return structuredClone(record);
  }

  /** Deletes a producer; returns false when none has this id. */
  delete(id: number): boolean {
    return this.records.delete(id);
  }
}
