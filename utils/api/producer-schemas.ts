/** zod schemas of customs producers (生产商), as answered and as sent. */
import { z } from 'zod';
import { optionalId, text } from './fields';
import { springPageSchema } from './schemas';

export const producerSchema = z.looseObject({
  id: z.number().int(),
  customsEnterpriseId: optionalId,
  producerName: text,
  producerContactPerson: text,
  producerContactTel: text,
  socialCreditCode: text,
  /** Sent in responses only. */
  customsEnterpriseName: text,
});
export type Producer = z.output<typeof producerSchema>;

export const producerPageSchema = springPageSchema(producerSchema);

/** Body of 新增生产商; the published body also carries `id`, which we leave out to create. */
export const producerInputSchema = z.looseObject({
  customsEnterpriseId: z.number().int().positive(),
  producerName: z.string().trim().min(1).max(200),
  producerContactPerson: z.string().max(100).optional(),
  producerContactTel: z.string().max(40).optional(),
  socialCreditCode: z.string().max(18).optional(),
});
export type ProducerInput = z.input<typeof producerInputSchema>;
